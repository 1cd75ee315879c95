package leakbench.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import leakbench.calibration.GcChurnBenchmark;
import leakbench.testing.Collector;
import leakbench.testing.Jdks;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * GcPauseProfiler against JFR ground truth recorded in the same fork by a separate recording
 * ({@code -XX:StartFlightRecording}, read from disk after the fork ended), cut into the profiler's own windows by
 * the same {@link WindowRule}: per measurement iteration the pause count must be equal, the pause total within
 * 0.01 ms, and concurrent time within 5% (or 2 ms) and apart from pauses, on every collector, on JDK 17 and
 * JDK 25, with and without HeapGrowthProfiler's forced collections inside the windows.
 */
class GcPauseProfilerTest {
    static {
        // JMH refuses to run while another JMH holds /tmp/jmh.lock; these runs assert no timing, so sharing
        // the machine with another benchmark run cannot spoil them.
        System.setProperty("jmh.ignoreLock", "true");
    }

    /** Pause totals: both sides add up the same JFR durations, so only rounding to the metric may differ. */
    private static final double PAUSE_TOTAL_MS = 0.01;
    /** Concurrent time and the recording's self-check: a union of overlapping phases, clipped. */
    private static final double RELATIVE = 0.05;
    private static final double ABSOLUTE_MS = 2.0;
    private static final int MEASUREMENT_ITERATIONS = 2;

    @TempDir
    Path temp;

    static Stream<Arguments> collectorsAndJdks() {
        List<Arguments> cases = new ArrayList<>();
        for (int jdk : new int[] {17, 25}) {
            for (Collector collector : Collector.values()) {
                cases.add(Arguments.of(jdk, collector));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "JDK {0} {1}")
    @MethodSource("collectorsAndJdks")
    void pausesAgreeWithJfr(int jdk, Collector collector) throws Exception {
        Path java = javaOrSkip(jdk);
        check(jdk, collector, java, HeapGrowth.NONE);
    }

    /** Where HeapGrowthProfiler goes in the profiler list, if anywhere. */
    enum HeapGrowth {
        NONE,
        /** First: its forced collections fall outside GcPauseProfiler's window. */
        FIRST,
        /** After GcPauseProfiler: its forced collections fall inside the pause window, the hard case. */
        AFTER_PAUSES
    }

    static Stream<Arguments> forcedCollectionCases() {
        List<Arguments> cases = new ArrayList<>();
        for (Collector collector : Collector.values()) {
            cases.add(Arguments.of(17, collector, HeapGrowth.AFTER_PAUSES));
        }
        // The collector the flaky run failed on, on the other JDK; and the other order.
        cases.add(Arguments.of(25, Collector.ZGC, HeapGrowth.AFTER_PAUSES));
        cases.add(Arguments.of(17, Collector.G1, HeapGrowth.FIRST));
        return cases.stream();
    }

    /** Forced collections must never count as the benchmark's pauses, whatever the profiler order. */
    @ParameterizedTest(name = "JDK {0} {1} HeapGrowthProfiler {2}")
    @MethodSource("forcedCollectionCases")
    void collectionsForcedByHeapGrowthProfilerAreNotCounted(int jdk, Collector collector, HeapGrowth order)
            throws Exception {
        check(jdk, collector, javaOrSkip(jdk), order);
    }

    private static Path javaOrSkip(int jdk) {
        Optional<Path> java = Jdks.java(jdk);
        Assumptions.assumeTrue(java.isPresent(), "no JDK " + jdk + " found: set LEAKBENCH_JDK" + jdk
                + " to its home or install it under /usr/lib/jvm; skipping its pause checks");
        return java.get();
    }

    private void check(int jdk, Collector collector, Path java, HeapGrowth heapGrowth) throws Exception {
        Path recording = Files.createTempFile(temp, "churn-" + jdk + "-" + collector, ".jfr");
        Path pauseDir = temp.resolve("pauses-" + jdk + "-" + collector + "-" + heapGrowth);
        ChainedOptionsBuilder options = new OptionsBuilder();
        if (heapGrowth == HeapGrowth.FIRST) {
            options.addProfiler(HeapGrowthProfiler.class);
        }
        options
                .include(GcChurnBenchmark.class.getName() + ".replaceOne$")
                .jvm(java.toString())
                .forks(1)
                .warmupIterations(1)
                .warmupTime(org.openjdk.jmh.runner.options.TimeValue.milliseconds(500))
                .measurementIterations(MEASUREMENT_ITERATIONS)
                .measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(1))
                .jvmArgsAppend(Stream.concat(collector.jvmArgs().stream(), Stream.of(
                        "-XX:StartFlightRecording=filename=" + recording + ",settings=default,dumponexit=true"))
                        .toArray(String[]::new))
                .addProfiler(GcPauseProfiler.class, "dir=" + pauseDir);
        if (heapGrowth == HeapGrowth.AFTER_PAUSES) {
            options.addProfiler(HeapGrowthProfiler.class);
        }
        options.shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
        RunResult run = new Runner(options.build()).run().iterator().next();

        JfrGroundTruth truth = JfrGroundTruth.read(recording, MEASUREMENT_ITERATIONS);
        List<IterationResult> iterations = new ArrayList<>();
        for (BenchmarkResult benchmark : run.getBenchmarkResults()) {
            iterations.addAll(benchmark.getIterationResults());
        }
        String what = "JDK " + jdk + " " + collector + switch (heapGrowth) {
            case NONE -> "";
            case FIRST -> " with HeapGrowthProfiler first";
            case AFTER_PAUSES -> " with HeapGrowthProfiler after";
        };
        assertEquals(iterations.size(), truth.windows().size(), what + ": measurement windows in the recording");
        assertPausesAreWholeCollections(recording, what);

        List<String> problems = new ArrayList<>();
        for (int i = 0; i < iterations.size(); i++) {
            IterationResult measured = iterations.get(i);
            JfrGroundTruth.Window expected = truth.windows().get(i);
            long count = Math.round(metric(measured, GcPauseProfiler.COUNT));
            double total = metric(measured, GcPauseProfiler.TOTAL);
            double concurrent = metric(measured, GcPauseProfiler.CONCURRENT);
            double expectedTotal = millis(expected.pauseTotal());
            double expectedConcurrent = millis(expected.concurrent());
            System.out.printf("pauses %-36s iteration %d: profiler %4d pauses %9.3f ms, concurrent %9.3f ms |"
                    + " JFR %4d pauses %9.3f ms, concurrent %9.3f ms; names %s%n", what, i + 1, count, total,
                    concurrent, expected.pauseCount(), expectedTotal, expectedConcurrent,
                    expected.pauseNames().stream().distinct().toList());
            if (count != expected.pauseCount()) {
                problems.add(what + " iteration " + (i + 1) + ": " + count + " pauses, JFR saw " + expected.pauseCount());
            }
            if (Math.abs(total - expectedTotal) > PAUSE_TOTAL_MS) {
                problems.add(what + " iteration " + (i + 1) + ": pause total " + total + " ms, JFR " + expectedTotal);
            }
            if (!close(concurrent, expectedConcurrent)) {
                problems.add(what + " iteration " + (i + 1) + ": concurrent " + concurrent + " ms, JFR " + expectedConcurrent);
            }
            if (collector == Collector.ZGC || collector == Collector.SHENANDOAH) {
                // The churn keeps these collectors cycling: a window without concurrent work would mean
                // the test no longer tells pauses from cycles.
                if (expectedConcurrent <= 0) {
                    problems.add(what + " iteration " + (i + 1) + ": no concurrent GC work; the check is void");
                }
            }
            if (count == 0) {
                problems.add(what + " iteration " + (i + 1) + ": no pause at all; the churn is too light");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertPauseListMatches(pauseDir, iterations, what);
    }

    /** The pause list file of the fork holds exactly the counted pauses: same count per measured iteration. */
    private static void assertPauseListMatches(Path dir, List<IterationResult> iterations, String what)
            throws Exception {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.toList();
        }
        assertEquals(1, files.size(), what + ": one pause list per fork in " + files);
        List<String> rows = Files.readAllLines(files.get(0)).stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(PauseListFile.HEADER, rows.get(0), what + ": pause list header");
        for (int i = 0; i < iterations.size(); i++) {
            String prefix = "measurement," + (i + 1) + ",";
            long rowsOfIteration = rows.stream().filter(r -> r.startsWith(prefix)).count();
            assertEquals(Math.round(metric(iterations.get(i), GcPauseProfiler.COUNT)), rowsOfIteration,
                    what + ": pause list rows of measurement iteration " + (i + 1));
        }
    }

    /**
     * Sanity of the ground truth itself: over the whole recording, the pauses add up to what the collections
     * report as their sum of pauses, i.e. jdk.GCPhasePause has one event per pause and nothing else.
     */
    private static void assertPausesAreWholeCollections(Path recording, String what) throws Exception {
        Duration phases = Duration.ZERO;
        Duration sums = Duration.ZERO;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            switch (event.getEventType().getName()) {
                case "jdk.GCPhasePause" -> phases = phases.plus(event.getDuration());
                case "jdk.GarbageCollection" -> sums = sums.plus(event.getDuration("sumOfPauses"));
                default -> { }
            }
        }
        double a = millis(phases);
        double b = millis(sums);
        assertTrue(Math.abs(a - b) <= Math.max(ABSOLUTE_MS, 0.01 * b),
                what + ": jdk.GCPhasePause adds up to " + a + " ms, jdk.GarbageCollection.sumOfPauses to " + b);
    }

    private static double metric(IterationResult iteration, String label) {
        return iteration.getSecondaryResults().get(label).getScore();
    }

    private static boolean close(double measured, double expected) {
        return Math.abs(measured - expected) <= Math.max(ABSOLUTE_MS, RELATIVE * expected);
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }
}
