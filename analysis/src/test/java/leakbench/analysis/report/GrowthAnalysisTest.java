package leakbench.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import leakbench.analysis.model.BenchmarkResult;
import leakbench.analysis.model.Metric;
import leakbench.analysis.model.Mode;

class GrowthAnalysisTest {

    private static final double[] NOISE = {3_000, -2_000, 1_000, -4_000, 2_500, -500, 0, 1_500, -1_000, 2_000};

    @Test
    void aLeakIsMeasuredPerCallWithItsTimeToExhaustion() {
        // 1000 calls per iteration, 3 KiB per call, 512 MiB heap, 0.01 s per batch of 1000 calls.
        BenchmarkResult r = SyntheticResults.singleShot("leakbench.caches.GrowingCacheBenchmark.leakyMap", "G1",
                "512m", 2, 5, 1000, 3072, NOISE, 0.01);
        GrowthRow row = GrowthAnalysis.row(r);

        assertEquals(Verdict.LEAK, row.verdict());
        assertEquals(GrowthRow.REGRESSION, row.method());
        assertEquals(3072, row.bytesPerCall(), 5);
        assertTrue(row.low() < 3072 && row.high() > 3072, "interval holds the true slope: " + row);
        assertEquals(8, row.measurements(), "2 forks x 5 iterations, less each fork's last (its start reading)");
        assertEquals("", row.flag());
        // last retained: forks at 20 MB and 21 MB base, 6000 calls each at the start of the last iteration, noise of
        // the last iterations 2500 and 2000
        double last = (20_000_000 + 2_500 + 21_000_000 + 2_000) / 2.0 + 3072 * 6000.0;
        assertEquals(last, row.lastRetainedBytes(), 1e-6);
        double calls = (512.0 * 1024 * 1024 - last) / row.bytesPerCall();
        assertEquals(calls, row.callsToExhaustion(), 1e-6);
        assertEquals(calls / 100_000.0, row.secondsToExhaustion(), 1e-6);
    }

    @Test
    void growthUnderTheNoiseFloorOfAnIterationIsBounded() {
        // 20 B per call at 1000 calls per iteration is 20 KB per iteration: under the 512 KiB floor (524 B per call).
        BenchmarkResult r = SyntheticResults.singleShot("leakbench.x.YBenchmark.fixedA", "G1", "512m", 2, 5, 1000,
                20, new double[] {0}, 0.01);
        GrowthRow row = GrowthAnalysis.row(r);
        assertEquals(20, row.bytesPerCall(), 1e-6);
        assertEquals(524.288, row.floorBytesPerCall(), 1e-9);
        assertEquals(Verdict.BOUNDED, row.verdict());
    }

    @Test
    void aFlatFixedVariantIsBounded() {
        BenchmarkResult r = SyntheticResults.singleShot("leakbench.caches.GrowingCacheBenchmark.fixedLru", "G1",
                "512m", 2, 5, 100_000, 0, NOISE, 0.01);
        GrowthRow row = GrowthAnalysis.row(r);
        assertEquals(Verdict.BOUNDED, row.verdict());
        assertTrue(Double.isNaN(row.callsToExhaustion()));
        assertEquals("", row.flag());
    }

    @Test
    void noiseLargerThanTheThresholdIsInconclusiveAndFlagsALeakyVariant() {
        double[] loud = {400_000, -300_000, 500_000, -600_000, 100_000};
        BenchmarkResult r = SyntheticResults.singleShot("leakbench.x.YBenchmark.leakySomething", "G1", "1g", 1, 5,
                1000, 0, loud, 0.01);
        GrowthRow row = GrowthAnalysis.row(r);
        assertEquals(Verdict.INCONCLUSIVE, row.verdict());
        assertTrue(row.flag().startsWith("leaky variant did not leak"), row.flag());
    }

    @Test
    void aFixedVariantThatLeaksIsFlagged() {
        // 1000 B per call at 1000 calls per iteration: 1 MB per iteration, above the 512 KiB floor.
        BenchmarkResult r = SyntheticResults.singleShot("leakbench.x.YBenchmark.fixedSomething", "ZGC", "1g", 2, 5,
                1000, 1000, NOISE, 0.01);
        assertEquals("fixed variant leaked", GrowthAnalysis.row(r).flag());
    }

    @Test
    void nanRetentionIsInconclusiveWithAReason() {
        Metric retained = SyntheticResults.metric(GrowthAnalysis.RETAINED, "B",
                List.of(List.of(Double.NaN, Double.NaN, Double.NaN)));
        BenchmarkResult r = SyntheticResults.result("leakbench.x.YBenchmark.leakyA", Mode.SINGLE_SHOT_TIME, "Epsilon",
                "1g", 10, SyntheticResults.metric(Metric.PRIMARY, "s/op", List.of(List.of(0.1, 0.1, 0.1))),
                Map.of(GrowthAnalysis.RETAINED, retained), "single-shot");
        GrowthRow row = GrowthAnalysis.row(r);
        assertEquals(Verdict.INCONCLUSIVE, row.verdict());
        assertTrue(row.reason().contains("no finite retention values"), row.reason());
        assertTrue(Double.isNaN(row.bytesPerCall()));
    }

    @Test
    void oneIterationPerForkFallsBackToTheNormMetricPerCall() {
        // heap.retained.norm is per JMH op; in single-shot with batch 100 an op is 100 calls (1 MB per iteration).
        Metric norm = SyntheticResults.metric(GrowthAnalysis.RETAINED_NORM, "B/op",
                List.of(List.of(1_000_000.0), List.of(1_020_000.0), List.of(980_000.0)));
        BenchmarkResult r = SyntheticResults.result("leakbench.x.YBenchmark.leakyA", Mode.SINGLE_SHOT_TIME, "G1",
                "1g", 100, SyntheticResults.metric(Metric.PRIMARY, "s/op", List.of(List.of(0.1), List.of(0.1),
                        List.of(0.1))), Map.of(GrowthAnalysis.RETAINED_NORM, norm), "single-shot");
        GrowthRow row = GrowthAnalysis.row(r);
        assertEquals(GrowthRow.NORM_MEAN, row.method());
        assertEquals(10_000, row.bytesPerCall(), 1e-9);
        assertEquals(Verdict.LEAK, row.verdict());
    }

    @Test
    void throughputModeCountsCallsFromScoreAndIterationTime() {
        // 2000 ops/s over 1 s iterations: 2000 calls per iteration; 50 B per call; the last read at its start.
        List<Double> retained = List.of(1e7 + 50 * 2000, 1e7 + 50 * 4000, 1e7 + 50 * 6000, 1e7 + 50 * 6000);
        BenchmarkResult r = SyntheticResults.result("leakbench.x.YBenchmark.leakyA", Mode.THROUGHPUT, "G1", "1g", 1,
                SyntheticResults.metric(Metric.PRIMARY, "ops/s", List.of(List.of(2000.0, 2000.0, 2000.0, 2000.0))),
                Map.of(GrowthAnalysis.RETAINED, SyntheticResults.metric(GrowthAnalysis.RETAINED, "B",
                        List.of(retained))), "1 s");
        assertEquals(50, GrowthAnalysis.row(r).bytesPerCall(), 1e-6);
    }
}
