package leakbench.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --jar} on code we did not write: JMH's own samples ({@code org.openjdk.jmh:jmh-samples}, a jar with its
 * BenchmarkList and no JMH inside), which the build resolves and hands over as {@code leakbench.jmhSamples}.
 */
class OtherJarRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLES = System.getProperty("leakbench.jmhSamples");
    private static final String TWO_SAMPLES = "JMHSample_(01_HelloWorld|03_States.measureUnshared)";
    private static final String[] SHORT = {"-f", "1", "-wi", "0", "-i", "2", "-r", "100ms"};

    @TempDir
    Path temp;

    @Test
    void samplesRunUnderG1AndParallelWithOurProfilerInShardsThatMerge() throws Exception {
        String[] grid = MatrixRunTest.concat(new String[] {"--jar", SAMPLES, TWO_SAMPLES, "--gc", "g1,parallel",
                "-prof", "leakbench.profile.HeapGrowthProfiler"}, SHORT);
        Path merged = MatrixRunTest.inTwoShardsMerged(temp, grid, "matrix");

        JsonNode run = JSON.readTree(merged.resolve("run.json").toFile());
        List<String> cells = new ArrayList<>();
        for (JsonNode cell : run.get("cells")) {
            assertEquals("ok", cell.get("outcome").asText(), cell.toString());
            cells.add(cell.get("collector").asText());
        }
        // Shards deal units (sample x cell), so each shard holds one sample of each cell and runs it on its own.
        assertEquals(4, cells.size(), "one step per unit: " + cells);
        assertEquals(List.of("g1", "parallel"), cells.stream().distinct().sorted().toList());
        assertEquals(SAMPLES, run.get("grid").get("jar").get("path").asText());
        assertTrue(run.get("grid").get("jar").get("jmh").asText().startsWith("the launcher's"), "jmh-samples ships no JMH");

        JsonNode results = JSON.readTree(merged.resolve("results.json").toFile());
        assertEquals(4, results.size(), "2 samples x 2 cells: " + results);
        List<String> seen = new ArrayList<>();
        for (JsonNode result : results) {
            assertTrue(result.get("benchmark").asText().startsWith("org.openjdk.jmh.samples."), result.toString());
            JsonNode metrics = result.get("secondaryMetrics");
            assertTrue(metrics.has("heap.retained") && metrics.has("heap.retained.norm"),
                    "our profiler ran in the samples' forks: " + metrics);
            List<String> jvmArgs = MatrixRunTest.strings(result.get("jvmArgs"));
            assertTrue(jvmArgs.stream().noneMatch(a -> a.startsWith("-Xmx")), "the samples set no heap: " + jvmArgs);
            seen.add(jvmArgs.stream().filter(a -> a.matches("-XX:\\+Use\\w+GC")).findFirst().orElseThrow()
                    + " " + result.get("benchmark").asText());
        }
        assertEquals(4, seen.stream().distinct().count(), seen.toString());
    }

    @Test
    void aBenchmarksOwnForkAppendIsKeptBeforeTheCellsFlags() throws Exception {
        Path out = temp.resolve("own-append");
        assertEquals(0, MatrixRunTest.run(MatrixRunTest.PROBE + ".ownAppend", "--gc", "serial", "--heap", "64m",
                "-wi", "0", "-i", "1", "--out", out.toString()));

        List<String> jvmArgs = MatrixRunTest.strings(JSON.readTree(out.resolve("results.json").toFile()).get(0).get("jvmArgs"));
        int own = jvmArgs.indexOf("-Dleakbench.probe.ownAppend=kept");
        assertTrue(own >= 0, "the benchmark's @Fork(jvmArgsAppend) reached its fork: " + jvmArgs);
        assertTrue(own < jvmArgs.indexOf("-Xmx64m"), "and the cell's flags come after it: " + jvmArgs);
    }

    /**
     * Issue 14: {@code --compare-with} works with {@code --jar}. The samples jar plays both the other project's head and
     * its base; both sides get our profilers beside it, and shards of the interleaved run merge.
     */
    @Test
    void anotherJarIsComparedInterleavedWithItsBaseBothSidesProfiledInShardsThatMerge() throws Exception {
        String[] compare = MatrixRunTest.concat(new String[] {"--jar", SAMPLES, "--compare-with", SAMPLES, TWO_SAMPLES,
            "--gc", "serial", "--pairs", "2", "-prof", "leakbench.profile.HeapGrowthProfiler"}, "-wi", "0", "-i", "2",
                "-r", "100ms");
        Path merged = MatrixRunTest.inTwoShardsMerged(temp, compare, "compare");

        JsonNode run = JSON.readTree(merged.resolve("run.json").toFile());
        assertEquals("complete", run.get("status").asText());
        assertEquals(SAMPLES, run.get("compare").get("candidateJar").asText());
        assertEquals(SAMPLES, run.get("compare").get("baseJar").asText());
        assertEquals(SAMPLES, run.get("grid").get("jar").get("path").asText());
        assertTrue(run.get("compare").get("base").get("jmh").asText().startsWith("the launcher's"), run.get("compare").toString());
        assertEquals(2, run.get("units").size(), "2 samples x 1 cell, one unit per shard");
        JsonNode forks = run.get("forks");
        assertEquals(2 * 2 * 2, forks.size(), "2 units x 2 pairs x 2 sides");
        for (JsonNode fork : forks) {
            assertEquals("ok", fork.get("outcome").asText(), fork.toString());
        }
        for (String side : List.of("base", "candidate")) {
            JsonNode results = JSON.readTree(merged.resolve(side).resolve("results.json").toFile());
            assertEquals(2, results.size(), side + ": one entry per sample: " + results);
            for (JsonNode result : results) {
                assertTrue(result.get("benchmark").asText().startsWith("org.openjdk.jmh.samples."), result.toString());
                assertEquals(2, result.get("primaryMetric").get("rawData").size(), side + ": one fork per pair");
                JsonNode metrics = result.get("secondaryMetrics");
                assertTrue(metrics.has("heap.retained"), side + ": our profiler ran in its forks: " + metrics);
                assertEquals(2, metrics.get("heap.retained").get("rawData").size(), side + ": " + metrics);
                List<String> jvmArgs = MatrixRunTest.strings(result.get("jvmArgs"));
                assertTrue(jvmArgs.contains("-XX:+UseSerialGC"), jvmArgs.toString());
                assertTrue(jvmArgs.stream().noneMatch(a -> a.startsWith("-Xmx")), "the samples set no heap: " + jvmArgs);
            }
        }
    }

    @Test
    void theMinimumHeapOfAnotherJarsBenchmarkIsSearched() throws Exception {
        Path out = temp.resolve("min-heap");
        assertEquals(0, MatrixRunTest.run(MatrixRunTest.concat(new String[] {"--jar", SAMPLES, "JMHSample_01_HelloWorld", "--gc", "serial",
                "--min-heap", "--out", out.toString()}, "-f", "1", "-wi", "0", "-i", "1", "-r", "100ms")));

        JsonNode min = JSON.readTree(out.resolve("run.json").toFile()).get("minHeap").get(0);
        assertEquals("ok", min.get("outcome").asText(), min.toString());
        assertEquals("org.openjdk.jmh.samples.JMHSample_01_HelloWorld.wellHelloThere", min.get("benchmark").asText());
        assertTrue(min.get("trials").size() >= 1, min.toString());
    }
}
