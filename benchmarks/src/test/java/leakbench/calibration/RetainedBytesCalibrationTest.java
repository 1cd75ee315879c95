package leakbench.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import leakbench.profile.HeapGrowthProfiler;
import leakbench.testing.Collector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jol.info.GraphLayout;

/**
 * HeapGrowthProfiler against ground truth: on {@link RetainedBytesBenchmark}, {@code heap.retained.norm} per
 * call must match what JOL says one call retains, within 3% for 1024 B and more, within 16 B for 0, under
 * every collector. The batch per call size is chosen so that an iteration retains about 64-128 MB, which
 * makes ZGC's 2 MB page granularity small against the signal.
 */
class RetainedBytesCalibrationTest {
    static {
        // JMH refuses to run while another JMH holds /tmp/jmh.lock; these runs assert no timing, so sharing
        // the machine with another benchmark run cannot spoil them.
        System.setProperty("jmh.ignoreLock", "true");
    }

    /** retainedBytes and the batch size (calls per JMH op) used for it. */
    private static final int[][] CASES = {{0, 1 << 20}, {64, 1 << 20}, {1024, 1 << 17}, {16384, 1 << 13}};

    @ParameterizedTest
    @EnumSource(Collector.class)
    void retainedBytesPerCallMatchJol(Collector collector) throws Exception {
        List<String> problems = new ArrayList<>();
        for (int[] c : CASES) {
            int retainedBytes = c[0];
            int batch = c[1];
            double expected = jolBytesPerCall(retainedBytes);
            double measured = measuredBytesPerCall(collector, retainedBytes, batch);
            double tolerance = retainedBytes == 0 ? 16 : 0.03 * expected;
            System.out.printf("calibration %-10s retainedBytes=%5d  JOL %8.1f B/call  measured %10.3f B/call"
                    + "  (%+.2f%%)%n", collector, retainedBytes, expected, measured,
                    expected == 0 ? 0 : 100 * (measured - expected) / expected);
            if (Math.abs(measured - expected) > tolerance) {
                problems.add(String.format("%s retainedBytes=%d: measured %.3f B/call, JOL says %.1f (tolerance %.1f)",
                        collector, retainedBytes, measured, expected, tolerance));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Under Epsilon nothing is collected: the profiler must report no retention at all, not a leak. */
    @Test
    void epsilonReportsNoHeapMetric() throws Exception {
        RunResult run = new Runner(new OptionsBuilder()
                .include(RetainedBytesBenchmark.class.getName() + ".retain$")
                .param("retainedBytes", "0")
                .forks(1)
                .warmupIterations(0)
                .measurementIterations(2)
                .measurementBatchSize(1024)
                .jvmArgsAppend("-XX:+UnlockExperimentalVMOptions", "-XX:+UseEpsilonGC")
                .addProfiler(HeapGrowthProfiler.class)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build()).run().iterator().next();
        assertFalse(run.getSecondaryResults().containsKey("heap.retained"), "heap.retained under Epsilon");
        assertFalse(run.getSecondaryResults().containsKey("heap.retained.norm"), "heap.retained.norm under Epsilon");
    }

    /** What one call keeps reachable, by JOL's walk of the benchmark's slots before and after the calls. */
    private static double jolBytesPerCall(int retainedBytes) {
        int calls = 1000;
        RetainedBytesBenchmark benchmark = new RetainedBytesBenchmark();
        benchmark.retainedBytes = retainedBytes;
        benchmark.plan(calls);
        long before = GraphLayout.parseInstance((Object) benchmark.kept()).totalSize();
        for (int i = 0; i < calls; i++) {
            benchmark.retain();
        }
        long after = GraphLayout.parseInstance((Object) benchmark.kept()).totalSize();
        double perCall = (double) (after - before) / calls;
        if (retainedBytes > 0) {
            // The benchmark's own arithmetic (16-byte array header) must agree with JOL on this JVM.
            assertEquals(retainedBytes, perCall, 0.0, "JOL disagrees with RetainedBytesBenchmark's sizing");
        }
        return perCall;
    }

    /** heap.retained.norm of a short run, per call (one JMH op in SingleShotTime is the whole batch). */
    private static double measuredBytesPerCall(Collector collector, int retainedBytes, int batch) throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(RetainedBytesBenchmark.class.getName() + ".retain$")
                .param("retainedBytes", Integer.toString(retainedBytes))
                .forks(1)
                .warmupIterations(1)
                .warmupBatchSize(batch)
                .measurementIterations(3)
                .measurementBatchSize(batch)
                .jvmArgsAppend(collector.jvmArgs().toArray(String[]::new))
                .addProfiler(HeapGrowthProfiler.class)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build()).run();
        RunResult run = results.iterator().next();
        Result<?> norm = run.getSecondaryResults().get("heap.retained.norm");
        return norm.getScore() / batch;
    }
}
