package leakbench.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import leakbench.analysis.model.BenchmarkResult;
import leakbench.analysis.model.ResultSet;
import leakbench.analysis.render.Renderer;
import leakbench.analysis.render.ReportFormat;

/**
 * The "why it leaks" rows: a LEAK row gets its trace's growing types, the share of its measured growth they
 * explain and the root path; a BOUNDED row gets nothing; a LEAK row without a trace says how to get one.
 */
class WhyAnalysisTest {

    private static final double[] NOISE = {3_000, -2_000, 1_000, -4_000, 2_500, -500, 0, 1_500, -1_000, 2_000};
    private static final String LEAKY = "leakbench.caches.GrowingCacheBenchmark.leakyHashMap";
    private static final String FIXED = "leakbench.caches.GrowingCacheBenchmark.fixedRingBuffer";
    private static final String PATH = "static leakbench.caches.GrowingCacheBenchmark.CACHE -> HashMap[Long key]"
            + " (retains 58.0 MiB in 90000 objects) -> byte[]";

    @Test
    void aLeakRowGetsItsGrowingTypesAndItsRootPath(@TempDir Path dir) throws Exception {
        BenchmarkResult leaky = SyntheticResults.singleShot(LEAKY, "G1", "512m", 2, 5, 1000, 1100, NOISE, 0.01);
        BenchmarkResult fixed = SyntheticResults.singleShot(FIXED, "G1", "512m", 2, 5, 1000, 0, NOISE, 0.01);
        writeTrace(dir, LEAKY, 1, 1040, 32);
        writeTrace(dir, LEAKY, 2, 1040, 34);
        writeTrace(dir, FIXED, 1, 0, 0);
        List<String> notes = new ArrayList<>();
        TraceFiles.Traces traces = TraceFiles.beside(dir.resolve("results.json"), notes);

        List<LeakWhy> why = WhyAnalysis.analyse(List.of(leaky, fixed), traces);

        assertEquals(List.of(), notes);
        assertEquals(1, why.size(), "only the LEAK row: " + why);
        LeakWhy w = why.get(0);
        assertEquals("leakyHashMap", w.variant().method());
        assertEquals(2, w.forks());
        assertEquals("byte[]", w.types().get(0).type());
        assertEquals(1040, w.types().get(0).bytesPerCall(), 1e-9);
        assertEquals(33, w.types().get(1).bytesPerCall(), 1e-9, "mean over the forks");
        assertEquals((1040 + 33) / GrowthAnalysis.row(leaky).bytesPerCall(), w.explained(), 1e-9);
        assertEquals(PATH, w.path());
        assertEquals(7, w.sharing());
        assertEquals(8, w.sampled());
        assertEquals("", w.reason());
    }

    @Test
    void aLeakRowWithoutATraceSaysHowToGetOne(@TempDir Path dir) throws Exception {
        BenchmarkResult leaky = SyntheticResults.singleShot(LEAKY, "G1", "512m", 2, 5, 1000, 1100, NOISE, 0.01);
        writeTrace(dir, "leakbench.other.Benchmark.leakyX", 1, 1040, 32);
        List<LeakWhy> why = WhyAnalysis.analyse(List.of(leaky), TraceFiles.beside(dir.resolve("results.json"),
                new ArrayList<>()));
        assertEquals(1, why.size());
        assertTrue(why.get(0).reason().contains("trace=true"), why.get(0).reason());
        assertTrue(why.get(0).path().isEmpty());
    }

    @Test
    void noTraceFileAtAllMeansNoSection(@TempDir Path dir) {
        BenchmarkResult leaky = SyntheticResults.singleShot(LEAKY, "G1", "512m", 2, 5, 1000, 1100, NOISE, 0.01);
        assertTrue(WhyAnalysis.analyse(List.of(leaky), TraceFiles.beside(dir.resolve("results.json"),
                new ArrayList<>())).isEmpty());
    }

    @Test
    void anUnreadableTraceIsANoteNotAnError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.trace.json"), "{not json", StandardCharsets.UTF_8);
        List<String> notes = new ArrayList<>();
        TraceFiles.Traces traces = TraceFiles.beside(dir.resolve("results.json"), notes);
        assertTrue(traces.found());
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("broken.trace.json"), notes.get(0));
        assertFalse(notes.get(0).contains("\n"));
    }

    @Test
    void theWhyRowsAreShownInTheirScenariosCollapsedDetails(@TempDir Path dir) throws Exception {
        BenchmarkResult leaky = SyntheticResults.singleShot(LEAKY, "G1", "512m", 2, 5, 1000, 1100, NOISE, 0.01);
        BenchmarkResult fixed = SyntheticResults.singleShot(FIXED, "G1", "512m", 2, 5, 1000, 0, NOISE, 0.01);
        writeTrace(dir, LEAKY, 1, 1040, 32);
        writeTrace(dir, FIXED, 1, 0, 0);
        Report report = ReportBuilder.build(new ResultSet(dir.resolve("results.json"), List.of(leaky, fixed), Map.of()));
        assertEquals(1, report.why().size());

        String md = Renderer.render(report, Set.of(ReportFormat.MD)).get("report.md");
        int details = md.indexOf("<details><summary>GrowingCacheBenchmark");
        assertTrue(details > md.indexOf("## Growth per scenario"), "the scenario's details follow the growth heading");
        String scenario = md.substring(details, md.indexOf("</details>", details));
        assertTrue(scenario.contains("Why it leaks:"), scenario);
        assertTrue(scenario.contains("| leakyHashMap | " + report.why().get(0).cell().label() + " | byte\\[\\]: "), scenario);
        // Markdown escapes the brackets of the path text.
        assertTrue(scenario.contains("\\[7 of 8 sampled byte\\[\\]\\]"), scenario);
        assertFalse(scenario.contains("| fixedRingBuffer | G1"), "a BOUNDED row gets no why: " + scenario);
        assertTrue(md.indexOf("Why it leaks (in each scenario's details") < details, "the legend once, before the scenarios");
        assertFalse(md.contains("## Why it leaks"), "no separate section: the why sits with its scenario");
    }

    /** A trace file as HeapGrowthProfiler writes it (format leakbench trace v1), for the synthetic result. */
    private static void writeTrace(Path dir, String benchmark, int fork, double payload, double node)
            throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode t = json.createObjectNode();
        t.put("format", "leakbench trace v1").put("benchmark", benchmark).put("jdkVersion", "17.0.15")
                .put("fork", fork).put("pid", 100 + fork);
        t.putObject("params");
        t.putArray("jvmArgs").add("-XX:+UseG1GC").add("-Xmx512m");
        if (payload > 0) {
            t.putArray("growingTypes").add(json.createObjectNode().put("type", "byte[]").put("instancesPerCall", 1.0)
                    .put("bytesPerCall", payload)).add(json.createObjectNode().put("type", "java.util.HashMap$Node")
                    .put("instancesPerCall", 1.0).put("bytesPerCall", node));
            t.putArray("paths").add(json.createObjectNode().put("type", "byte[]").put("sampled", 8)
                    .put("sharing", 7).put("text", PATH));
            t.putObject("dump").put("status", "analysed").put("reason", "");
        } else {
            t.putArray("growingTypes");
            t.putObject("dump").put("status", "skipped").put("reason", "nothing to trace");
        }
        Files.writeString(dir.resolve(benchmark + "-fork" + fork + ".trace.json"), json.writeValueAsString(t),
                StandardCharsets.UTF_8);
    }
}
