package leakbench.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs small grids of the probe benchmark end to end: child JVMs, JMH forks, results.json and run.json.
 * Iterations are one or two single shots of a MiB, so the whole class takes seconds per cell.
 */
class MatrixRunTest {
    static final String PROBE = "leakbench.matrix.selftest.MatrixProbeBenchmark";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /** The machine may be running other JMH instances (other builds); these tiny runs measure nothing. */
    @BeforeAll
    static void ignoreOtherJmhInstances() {
        System.setProperty("jmh.ignoreLock", "true");
    }

    @Test
    void aThreeByTwoGridLeavesSixCellsInBothFiles() throws Exception {
        Path out = temp.resolve("grid");
        int status = run(PROBE + ".(probeKeepEverything|probeKeepLast)$", "--gc", "g1,parallel,serial",
                "--heap", "64m,128m", "--quick", "-wi", "0", "-i", "1", "-prof", "gc", "--out", out.toString());

        assertEquals(0, status);
        JsonNode run = JSON.readTree(out.resolve("run.json").toFile());
        assertEquals("complete", run.get("status").asText());
        assertEquals(6, run.get("cells").size());
        for (JsonNode cell : run.get("cells")) {
            assertEquals("ok", cell.get("outcome").asText(), cell.toString());
        }
        JsonNode results = JSON.readTree(out.resolve("results.json").toFile());
        assertEquals(12, results.size(), "6 cells x 2 benchmarks");
        List<String> cells = new ArrayList<>();
        for (JsonNode result : results) {
            List<String> jvmArgs = strings(result.get("jvmArgs"));
            String gc = jvmArgs.stream().filter(a -> a.matches("-XX:\\+Use\\w+GC")).findFirst().orElseThrow();
            String xmx = jvmArgs.get(jvmArgs.lastIndexOf(jvmArgs.stream().filter(a -> a.startsWith("-Xmx"))
                    .reduce((a, b) -> b).orElseThrow()));
            cells.add(gc + " " + xmx);
            assertTrue(result.get("secondaryMetrics").has("gc.alloc.rate.norm"), "the user's -prof gc ran in every cell");
        }
        assertEquals(6, cells.stream().distinct().count(), "every cell's flags reached its forks: " + cells);
    }

    @Test
    void aCellThatRunsOutOfMemoryIsRecordedAndTheRunGoesOn() throws Exception {
        Path out = temp.resolve("oom");
        int status = run(PROBE + ".(probeKeepEverything|probeKeepLast)$", "--gc", "serial,g1", "--heap", "64m",
                "-p", "mibPerOp=40", "--quick", "-wi", "0", "-i", "3", "--out", out.toString());

        assertEquals(0, status, "out of memory is a result, not an error");
        JsonNode cells = JSON.readTree(out.resolve("run.json").toFile()).get("cells");
        assertEquals(2, cells.size());
        for (JsonNode cell : cells) {
            assertEquals("out-of-memory", cell.get("outcome").asText(), cell.toString());
            JsonNode leaky = find(cell.get("benchmarks"), "probeKeepEverything");
            assertEquals("out-of-memory", leaky.get("outcome").asText());
            assertEquals("measurement", leaky.get("phase").asText());
            assertEquals(2, leaky.get("iteration").asInt(), "40 MiB fit into 64m once, not twice");
            assertEquals("ok", find(cell.get("benchmarks"), "probeKeepLast").get("outcome").asText());
        }
        JsonNode results = JSON.readTree(out.resolve("results.json").toFile());
        assertEquals(2, results.size(), "the fixed benchmark's results of both cells are kept");
        results.forEach(r -> assertTrue(r.get("benchmark").asText().endsWith("probeKeepLast")));
    }

    @Test
    void shardsOfOneGridMergeIntoTheWholeGrid() throws Exception {
        String[] grid = {PROBE + ".probeKeepLast", "--gc", "serial,parallel", "--quick", "-wi", "0", "-i", "1"};
        Path first = temp.resolve("shard1");
        Path second = temp.resolve("shard2");
        assertEquals(0, run(concat(grid, "--shard", "1/2", "--out", first.toString())));
        assertEquals(0, run(concat(grid, "--shard", "2/2", "--out", second.toString())));
        Path merged = temp.resolve("merged");

        assertEquals(0, run("--merge", first.toString(), second.toString(), "--out", merged.toString()));

        JsonNode run = JSON.readTree(merged.resolve("run.json").toFile());
        List<String> labels = new ArrayList<>();
        run.get("cells").forEach(c -> labels.add(c.get("label").asText()));
        assertEquals(List.of("serial jdk" + Runtime.version().feature(), "parallel jdk" + Runtime.version().feature()), labels);
        assertEquals(2, JSON.readTree(merged.resolve("results.json").toFile()).size());
    }

    @Test
    void aCollectorTheJdkLacksIsReportedAsUnsupported() throws Exception {
        Path home = Files.createDirectories(temp.resolve("jdk-without-shenandoah"));
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"Unrecognized VM option 'UseShenandoahGC'\"\nexit 1\n");
        assertTrue(java.toFile().setExecutable(true));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"17.0.99\"\n");
        Path out = temp.resolve("unsupported");

        assertEquals(0, run(PROBE + ".probeKeepLast", "--gc", "shenandoah", "--jdk", home.toString(), "--out", out.toString()));

        JsonNode cell = JSON.readTree(out.resolve("run.json").toFile()).get("cells").get(0);
        assertEquals("unsupported", cell.get("outcome").asText());
        assertTrue(cell.get("reason").asText().contains("Unrecognized VM option 'UseShenandoahGC'"), cell.toString());
        assertEquals(0, JSON.readTree(out.resolve("results.json").toFile()).size());
    }

    @Test
    void heapMultiplesRunAtTwiceTheBisectedMinimumHeap() throws Exception {
        Path out = temp.resolve("min-heap");
        assertEquals(0, run(PROBE + ".probeKeepEverything", "--gc", "serial", "--heap", "2x", "-p", "mibPerOp=16",
                "--quick", "-wi", "0", "-i", "2", "--out", out.toString()));

        JsonNode run = JSON.readTree(out.resolve("run.json").toFile());
        JsonNode min = run.get("minHeap").get(0);
        assertEquals("ok", min.get("outcome").asText(), min.toString());
        long minHeap = min.get("bytes").asLong();
        for (JsonNode trial : min.get("trials")) {
            long heap = trial.get("bytes").asLong();
            if (heap < minHeap) {
                assertEquals("out-of-memory", trial.get("outcome").asText(), "every smaller heap ran out: " + min);
            } else if (heap == minHeap) {
                assertEquals("ok", trial.get("outcome").asText(), "the minimum heap completed: " + min);
            }
        }
        assertTrue(minHeap > 32L << 20, "32 MiB stay reachable, so less heap cannot complete: " + min);
        JsonNode cell = run.get("cells").get(0);
        assertEquals("ok", cell.get("outcome").asText(), cell.toString());
        assertEquals(2 * minHeap, cell.get("heapBytes").asLong());
        assertTrue(strings(cell.get("jvmArgs")).contains("-Xmx" + Size.format(2 * minHeap)));
    }

    @Test
    void aCellRunsOnTheJdkItNames() throws Exception {
        Jdk jdk25;
        try {
            jdk25 = JdkFinder.forThisMachine().resolve("25");
        } catch (UsageException e) {
            Assumptions.abort("no JDK 25 on this machine: " + e.getMessage());
            return;
        }
        Path out = temp.resolve("jdk25");
        assertEquals(0, run(PROBE + ".probeKeepLast", "--gc", "zgc", "--jdk", "25", "--quick", "-wi", "0", "-i", "1",
                "--out", out.toString()));

        JsonNode result = JSON.readTree(out.resolve("results.json").toFile()).get(0);
        assertEquals(jdk25.version(), result.get("jdkVersion").asText());
        assertTrue(strings(result.get("jvmArgs")).contains("-XX:+UseZGC"));
    }

    @Test
    void aBenchmarkThatChoosesItsCollectorIsSetAsideFromGcCells() throws Exception {
        Path out = temp.resolve("own-collector");
        assertEquals(0, run(PROBE + ".(probeKeepLast|ownCollector)$", "--gc", "g1", "--quick", "-wi", "0", "-i", "1",
                "--out", out.toString()));

        JsonNode run = JSON.readTree(out.resolve("run.json").toFile());
        assertEquals("-XX:+UseSerialGC", run.get("ownCollector").get(PROBE + ".ownCollector").asText());
        assertEquals("ok", run.get("cells").get(0).get("outcome").asText());
        JsonNode results = JSON.readTree(out.resolve("results.json").toFile());
        assertEquals(1, results.size());
        assertEquals(PROBE + ".probeKeepLast", results.get(0).get("benchmark").asText());
    }

    static int run(String... args) throws InterruptedException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        System.out.print(out);
        System.out.print(err);
        return status;
    }

    private static JsonNode find(JsonNode benchmarks, String method) {
        for (JsonNode b : benchmarks) {
            if (b.get("benchmark").asText().endsWith("." + method)) {
                return b;
            }
        }
        throw new AssertionError("no outcome for " + method + " in " + benchmarks);
    }

    static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    /** Runs {@code args} as shards 1/2 and 2/2 in {@code dir}, each exiting 0, and merges them into {@code name}-merged. */
    static Path inTwoShardsMerged(Path dir, String[] args, String name) throws InterruptedException {
        Path first = dir.resolve(name + "-shard1");
        Path second = dir.resolve(name + "-shard2");
        assertEquals(0, run(concat(args, "--shard", "1/2", "--out", first.toString())));
        assertEquals(0, run(concat(args, "--shard", "2/2", "--out", second.toString())));
        Path merged = dir.resolve(name + "-merged");
        assertEquals(0, run("--merge", first.toString(), second.toString(), "--out", merged.toString()));
        return merged;
    }

    static String[] concat(String[] first, String... more) {
        return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void sanity() {
        assertFalse(MatrixArgs.isMatrix(new String[] {"-f", "1", "-gc", "true", "Foo"}), "JMH's -gc is not --gc");
        assertTrue(MatrixArgs.isMatrix(new String[] {"--gc=g1"}));
    }
}
