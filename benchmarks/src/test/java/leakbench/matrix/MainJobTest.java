package leakbench.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job's code path ({@link MainJob#run}, which {@code java -jar benchmarks.jar} without arguments calls) on
 * a small selection: one leaky/fixed pair, fewer iterations. It must leave a whole result set with its reports and
 * print the verdict table that the report opens with.
 */
class MainJobTest {
    private static final String PAIR = "^leakbench\\.listeners\\.WeakListenerPurgeBenchmark\\.";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @BeforeAll
    static void ignoreOtherJmhInstances() {
        System.setProperty("jmh.ignoreLock", "true");
    }

    @Test
    void theMainJobRunsTheProfilersWritesTheReportsAndPrintsTheVerdictTable() throws Exception {
        Path out = temp.resolve("main-job");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();

        int status = MainJob.run(PAIR, List.of("-wi", "1", "-i", "4"), out, new PrintWriter(stdout), new PrintWriter(stderr));

        String printed = stdout.toString();
        assertEquals(0, status, printed + stderr);
        for (String file : List.of("results.json", "run.json", "report.html", "report.md", "report.json")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file + " in " + out);
        }
        JsonNode run = JSON.readTree(out.resolve("run.json").toFile());
        assertEquals("complete", run.get("status").asText());
        String commandLine = run.get("commandLine").toString();
        for (String profiler : List.of("GcPauseProfiler", "HeapGrowthProfiler", "\"gc\"")) {
            assertTrue(commandLine.contains(profiler), profiler + " in " + commandLine);
        }
        try (var pauses = Files.list(out.resolve("pauses"))) {
            assertEquals(2, pauses.filter(p -> p.toString().endsWith(".pauses.csv")).count(), "a pause list per fork");
        }

        assertTrue(printed.contains("benchmark 1/2 WeakListenerPurgeBenchmark.fixedPurgedWeakWrappers"), printed);
        assertTrue(printed.contains("benchmark 2/2 WeakListenerPurgeBenchmark.leakyUnpurgedWeakWrappers"), printed);
        assertTrue(printed.contains("left"), "the progress lines give the time left: " + printed);

        // The printed row is the report's: the same variants and the verdicts of report.json's growth rows.
        JsonNode growth = JSON.readTree(out.resolve("report.json").toFile()).get("growth");
        assertEquals(2, growth.size());
        String row = printed.lines().filter(l -> l.contains("leakyUnpurgedWeakWrappers") && l.contains("fixedPurgedWeakWrappers"))
                .findFirst().orElseThrow(() -> new AssertionError("no leaky-beside-fixed row in\n" + printed));
        for (JsonNode g : growth) {
            String verdict = g.get("verdict").asText();
            assertTrue(row.contains(g.get("variant").get("method").asText()), row);
            assertTrue(row.matches(".*\\b" + verdict + "\\b.*"), verdict + " in " + row);
        }
        assertTrue(printed.contains("Report: " + out.resolve("report.html")), printed);
    }
}
