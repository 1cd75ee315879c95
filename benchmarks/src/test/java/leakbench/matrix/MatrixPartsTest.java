package leakbench.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's pieces without running anything: flags per JDK, JDK discovery, log reading, grid and shards. */
class MatrixPartsTest {
    @TempDir
    Path temp;

    @Test
    void collectorFlagsDependOnTheJdkRelease() {
        assertEquals(List.of("-XX:+UseZGC"), Collector.ZGC.flags(17));
        assertEquals(List.of("-XX:+UseZGC", "-XX:+ZGenerational"), Collector.ZGC.flags(21));
        assertEquals(List.of("-XX:+UseZGC"), Collector.ZGC.flags(25), "generational is the only ZGC on 24+");
        assertEquals(List.of("-XX:+UnlockExperimentalVMOptions", "-XX:+UseEpsilonGC"), Collector.EPSILON.flags(17));
        assertEquals(List.of("-XX:+UseShenandoahGC"), Collector.SHENANDOAH.flags(25));
    }

    @Test
    void sizesAndHeapMultiples() throws UsageException {
        assertEquals(512 * Size.MIB, Size.parse("--heap", "512M"));
        assertEquals("1g", Size.format(Size.GIB));
        assertEquals("96m", Size.format(96 * Size.MIB));
        HeapSpec twice = HeapSpec.parse("2x");
        assertEquals(74 * Size.MIB, twice.resolve(37 * Size.MIB));
        assertEquals(56 * Size.MIB, HeapSpec.parse("1.5x").resolve(37 * Size.MIB), "rounded up to whole MiB");
        assertEquals("1.5x", HeapSpec.parse("1.5x").label());
    }

    @Test
    void aJdkIsFoundByEnvironmentOrByScanningReleaseFiles() throws Exception {
        Path older = fakeJdk("temurin-25-old", "25.0.1");
        Path newer = fakeJdk("temurin-25", "25.0.3");
        Path current = fakeJdk("current-17", "17.0.15");
        JdkFinder scanning = new JdkFinder(Map.of(), List.of(temp), current);
        assertEquals(newer.toRealPath(), scanning.resolve("25").home(), "the newest update wins");
        assertEquals(current, scanning.resolve("17").home(), "the running JDK is preferred");

        JdkFinder overridden = new JdkFinder(Map.of("LEAKBENCH_JDK25", older.toString()), List.of(temp), current);
        assertEquals("25.0.1", overridden.resolve("25").version());
        JdkFinder wrong = new JdkFinder(Map.of("JAVA25_HOME", current.toString()), List.of(temp), current);
        assertThrows(UsageException.class, () -> wrong.resolve("25"));
        assertEquals(25, scanning.resolve(newer.resolve("bin/java").toString()).major(), "a path to bin/java works too");
        assertThrows(UsageException.class, () -> scanning.resolve(fakeJdk("old", "11.0.2").toString()));
    }

    @Test
    void theLogTellsWhichBenchmarkRanOutOfMemoryAndWhere() {
        List<String> log = List.of(
                "# Benchmark: a.B.fixedOne",
                "# Parameters: (size = 1)",
                "# Fork: 1 of 1",
                "# Warmup Iteration   1: 1.0 ms/op",
                "Iteration   1: 1.0 ms/op",
                "# Benchmark: a.B.leakyOne",
                "# Fork: 1 of 1",
                "# Warmup Iteration   1: 1.0 ms/op",
                "Iteration   1: 1.0 ms/op",
                "Iteration   2: <failure>",
                "",
                "java.lang.OutOfMemoryError: Java heap space",
                "# Benchmark: a.B.other",
                "# Fork: 1 of 1",
                "Error occurred during initialization of VM",
                "Multiple garbage collectors selected",
                "<forked VM failed with exit code 1>");
        List<BenchmarkOutcome> outcomes = LogScan.scan(log);
        assertEquals(3, outcomes.size());
        assertEquals(new BenchmarkOutcome("a.B.fixedOne", "size = 1", "ok", null, null, null, null), outcomes.get(0));
        BenchmarkOutcome leaky = outcomes.get(1);
        assertEquals(List.of("out-of-memory", "measurement", 2), List.of(leaky.outcome(), leaky.phase(), leaky.iteration()));
        assertEquals(List.of("failed", "setup", 0), List.of(outcomes.get(2).outcome(), outcomes.get(2).phase(), outcomes.get(2).iteration()));
        assertEquals("<forked VM failed with exit code 1> Multiple garbage collectors selected", outcomes.get(2).message());
    }

    @Test
    void shardsSplitTheGridIntoDisjointParts() throws Exception {
        Jdk jdk = new Jdk("17", temp, "17.0.15", 17);
        MatrixOptions options = new MatrixOptions(List.of(Collector.G1, Collector.ZGC, Collector.SERIAL),
                List.of(HeapSpec.parse("256m"), HeapSpec.parse("2x")), List.of(), List.of(), temp, false, Shard.WHOLE,
                false, Duration.ofMinutes(1), List.of(), List.of(), null);
        List<Cell> grid = Grid.cells(options, jdk, List.of("a.B.leaky", "a.B.fixed"));
        assertEquals(3 * (1 + 2), grid.size(), "heap multiples get one cell per benchmark");
        Set<Integer> seen = new HashSet<>();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            List<Cell> part = Grid.shard(grid, new Shard(i, 4));
            sizes.add(part.size());
            part.forEach(c -> assertEquals(true, seen.add(c.number()), "cell " + c.number() + " in two shards"));
        }
        assertEquals(grid.size(), seen.size());
        assertEquals(List.of(3, 2, 2, 2), sizes);
    }

    private Path fakeJdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(temp.resolve(name));
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }
}
