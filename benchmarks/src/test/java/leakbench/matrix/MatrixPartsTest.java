package leakbench.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    /** A jar whose benchmarks add nothing in {@code @Fork(jvmArgsAppend)}. */
    private static final BenchmarkJar NO_OWN_APPEND = holding(Map.of());

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
    void shardsDealUnitsDisjointlyAndBalancedByExpectedTime() throws Exception {
        Jdk jdk = new Jdk("17", temp, "17.0.15", 17);
        MatrixOptions options = options(List.of(Collector.G1, Collector.ZGC, Collector.SERIAL),
                List.of(HeapSpec.parse("256m"), HeapSpec.parse("2x")), Shard.WHOLE);
        List<String> benchmarks = List.of("a.B.fixed", "a.B.leaky", "a.C.slow");
        Selection selection = new Selection(benchmarks, Map.of(),
                Map.of("a.B.leaky", List.of(Map.of("size", "1"), Map.of("size", "2"))),
                Map.of("a.B.fixed", 4.0, "a.B.leaky", 4.0, "a.C.slow", 30.0));
        List<Cell> grid = Grid.cells(options, jdk, benchmarks);
        assertEquals(3 * (1 + 3), grid.size(), "heap multiples get one cell per benchmark");
        List<Unit> all = Plan.units(grid, selection);
        assertEquals(3 * (4 + 4), all.size(), "per collector: 4 units in the 256m cell, 4 in the three 2x cells");
        Set<Integer> seen = new HashSet<>();
        List<Double> loads = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            List<Unit> part = new Shard(i, 4).deal(all);
            part.forEach(u -> assertEquals(true, seen.add(u.number()), "unit " + u.number() + " in two shards"));
            loads.add(part.stream().mapToDouble(Unit::forkSeconds).sum());
            assertEquals(part, new Shard(i, 4).deal(all), "every shard computes the same deal");
        }
        assertEquals(all.size(), seen.size(), "every unit in some shard");
        double total = all.stream().mapToDouble(Unit::forkSeconds).sum();
        for (double load : loads) {
            assertTrue(Math.abs(load - total / 4) <= 30.0, "within one longest unit of the mean: " + loads);
        }
    }

    @Test
    void aOneCellGridStillSplitsAndAPartialCellRunsUnitByUnit() throws Exception {
        Jdk jdk = new Jdk("17", temp, "17.0.15", 17);
        List<String> benchmarks = List.of("a.B.one", "a.B.two", "a.B.three", "a.B.four");
        Selection selection = new Selection(benchmarks, Map.of(), Map.of(),
                Map.of("a.B.one", 2.0, "a.B.two", 2.0, "a.B.three", 2.0, "a.B.four", 2.0));
        List<Cell> grid = Grid.cells(options(List.of(Collector.G1), List.of(), Shard.WHOLE), jdk, benchmarks);
        assertEquals(1, grid.size());

        Plan whole = Plan.matrix(grid, selection, Shard.WHOLE, NO_OWN_APPEND);
        assertEquals(1, whole.steps().size(), "a whole cell is one JMH run");
        assertEquals(null, whole.steps().get(0).unit());
        Plan half = Plan.matrix(grid, selection, new Shard(2, 2), NO_OWN_APPEND);
        assertEquals(2, half.steps().size(), "half a cell: one run per unit");
        half.steps().forEach(s -> assertTrue(s.unit() != null));
    }

    @Test
    void pairsAlternateInTheThueMorseOrderAndRunInRounds() throws Exception {
        Jdk jdk = new Jdk("17", temp, "17.0.15", 17);
        List<String> benchmarks = List.of("a.B.one", "a.B.two");
        Selection selection = new Selection(benchmarks, Map.of(), Map.of(), Map.of());
        List<Cell> grid = Grid.cells(options(List.of(), List.of(), Shard.WHOLE), jdk, benchmarks);

        Plan plan = Plan.compare(grid, selection, Shard.WHOLE, 8, NO_OWN_APPEND, holding(null));

        assertEquals(2 * 8 * 2, plan.steps().size());
        StringBuilder order = new StringBuilder();
        int baseFirst = 0;
        for (int i = 0; i < plan.steps().size(); i += 2) {
            Step first = plan.steps().get(i);
            Step second = plan.steps().get(i + 1);
            assertEquals(first.unit(), second.unit());
            assertEquals(first.pair(), second.pair());
            assertEquals(List.of(1, 2), List.of(first.position(), second.position()));
            assertTrue(first.side() != second.side(), "one fork of each side per pair");
            assertEquals(i / 4 + 1, first.pair(), "round p holds pair p of every unit");
            if (first.unit().number() == 1) {
                order.append(first.side() == Step.Side.BASE ? "AB " : "BA ");
                baseFirst += first.side() == Step.Side.BASE ? 1 : 0;
            }
        }
        assertEquals("AB BA BA AB BA AB AB BA ", order.toString());
        assertEquals(4, baseFirst, "base goes first in half the pairs");
        assertEquals(List.of(), Plan.compare(grid, selection, Shard.WHOLE, 4, NO_OWN_APPEND, holding(Map.of())).steps(),
                "units the base lacks do not run");
    }

    private MatrixOptions options(List<Collector> collectors, List<HeapSpec> heaps, Shard shard) {
        return new MatrixOptions(collectors, heaps, List.of(), List.of(), temp, false, shard, false, Duration.ofMinutes(1),
                List.of(), List.of(), null, MatrixOptions.DEFAULT_PAIRS, null);
    }

    @Test
    void jmhArgumentsOfAUnitReplaceRegexesParamsAndForks() {
        JmhArgs user = JmhArgs.of(List.of("Boxing", "-p", "size=10,100", "-f", "3", "-jvmArgsAppend", "-Da=1 -Db=2",
                "-prof", "gc", "-wi", "2"));
        assertEquals(List.of("Boxing"), user.regexes());
        assertEquals(List.of("-Da=1", "-Db=2"), user.jvmArgsAppend());
        Jdk jdk = new Jdk("17", temp, "17.0.15", 17);
        Unit unit = new Unit(1, new Cell(1, jdk, Collector.G1, null, null, null), "a.B.c", Map.of("size", "10"), 1);

        List<String> args = JmhCommand.arguments(user, true, jdk, List.of("-Down=1"), List.of("-XX:+UseG1GC"), List.of(),
                unit, 1, temp.resolve("r.json"));

        assertEquals(List.of("-prof", "gc", "-wi", "2", "^\\Qa.B.c\\E$", "-p", "size=10", "-f", "1", "-i", "3",
                "-w", "1s", "-r", "1s", "-jvmArgsAppend", "-Da=1", "-jvmArgsAppend", "-Db=2", "-jvmArgsAppend",
                "-XX:+UseG1GC", "-jvm", jdk.java().toString(), "-rf", "json", "-rff", temp.resolve("r.json").toString()), args);
    }

    @Test
    void withoutTheUsersJvmArgsAppendTheBenchmarksOwnComesBeforeTheCellsFlags() {
        Jdk jdk = new Jdk("17", temp, "17.0.15", 17);

        List<String> args = JmhCommand.arguments(JmhArgs.of(List.of("Boxing")), false, jdk, List.of("-Down=1"),
                List.of("-Xmx64m", "-XX:+UseG1GC"), List.of(), null, null, temp.resolve("r.json"));

        assertEquals(List.of("Boxing", "-jvmArgsAppend", "-Down=1", "-jvmArgsAppend", "-Xmx64m", "-jvmArgsAppend",
                "-XX:+UseG1GC", "-jvm", jdk.java().toString(), "-rf", "json", "-rff", temp.resolve("r.json").toString()), args);
    }

    @Test
    void aCellWhoseBenchmarksDifferInTheirOwnForkAppendRunsUnitByUnitEachKeepingItsOwn() throws Exception {
        Jdk jdk = new Jdk("17", temp, "17.0.15", 17);
        List<String> benchmarks = List.of("a.B.one", "a.B.two");
        Selection selection = new Selection(benchmarks, Map.of(), Map.of(), Map.of());
        List<Cell> grid = Grid.cells(options(List.of(Collector.G1), List.of(), Shard.WHOLE), jdk, benchmarks);

        Plan differ = Plan.matrix(grid, selection, Shard.WHOLE,
                holding(Map.of("a.B.one", List.of("-Dx=1"), "a.B.two", List.of())));
        assertEquals(2, differ.steps().size(), "one JMH run cannot keep both: one run per unit");
        assertEquals(List.of("-Dx=1"), differ.ownAppend(differ.steps().get(0)));
        assertEquals(List.of(), differ.ownAppend(differ.steps().get(1)));

        Plan agree = Plan.matrix(grid, selection, Shard.WHOLE,
                holding(Map.of("a.B.one", List.of("-Dx=1"), "a.B.two", List.of("-Dx=1"))));
        assertEquals(1, agree.steps().size(), "the same own flags: the cell stays one JMH run");
        assertEquals(List.of("-Dx=1"), agree.ownAppend(agree.steps().get(0)));
    }

    @Test
    void eachSideOfAComparisonRunsItsOwnJarWithItsOwnForkAppend() throws Exception {
        Jdk jdk = new Jdk("17", temp, "17.0.15", 17);
        Selection selection = new Selection(List.of("a.B.one"), Map.of(), Map.of(), Map.of());
        List<Cell> grid = Grid.cells(options(List.of(), List.of(), Shard.WHOLE), jdk, List.of("a.B.one"));
        BenchmarkJar candidate = new BenchmarkJar(Path.of("head.jar"), List.of(Path.of("profilers.jar")), true,
                Map.of("a.B.one", List.of("-Dside=head")));
        BenchmarkJar base = new BenchmarkJar(Path.of("base.jar"), List.of(Path.of("profilers.jar")), true,
                Map.of("a.B.one", List.of("-Dside=base")));

        Plan plan = Plan.compare(grid, selection, Shard.WHOLE, 2, candidate, base);

        assertEquals(4, plan.steps().size());
        for (Step step : plan.steps()) {
            BenchmarkJar jar = plan.jar(step.side());
            assertEquals(step.side() == Step.Side.BASE ? base : candidate, jar);
            assertEquals(List.of("-Dside=" + (step.side() == Step.Side.BASE ? "base" : "head")), plan.ownAppend(step));
            assertEquals(String.join(java.io.File.pathSeparator, jar.path().toString(), "profilers.jar"), jar.classpath(),
                    "another project's jar first, the profilers beside it");
        }
    }

    /** A jar (never read) holding {@code benchmarks} with their own {@code @Fork(jvmArgsAppend)}; null: unknown list. */
    private static BenchmarkJar holding(Map<String, List<String>> benchmarks) {
        return new BenchmarkJar(Path.of("base.jar"), List.of(), false, benchmarks);
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
