package leakbench.analysis.compare;

import static leakbench.analysis.JmhJson.around;
import static leakbench.analysis.JmhJson.constant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import leakbench.analysis.model.Metric;
import leakbench.analysis.model.Mode;

class MetricComparerTest {

    private final MetricComparer comparer = new MetricComparer(CompareSettings.defaults());

    @Test
    void aQuarterSlowerIsARegressionInTimeModes() {
        MetricComparison m = compare(Metric.PRIMARY, Mode.AVERAGE_TIME, "ns/op",
                forks(around(100, 3, 5), around(101, 3, 5)), forks(around(125, 3, 5), around(126, 3, 5)));

        assertEquals(Verdict.REGRESSED, m.verdict());
        assertEquals(1.25, m.ratio(), 0.02);
        assertTrue(m.ciLow() > 1.15 && m.ciHigh() < 1.35, m.ciLow() + " " + m.ciHigh());
        assertTrue(m.pValue() < 0.001);
    }

    @Test
    void higherThroughputIsAnImprovementAndLowerARegression() {
        List<double[]> base = forks(around(1000, 20, 5), around(1010, 20, 5));
        List<double[]> higher = forks(around(1250, 20, 5), around(1260, 20, 5));
        List<double[]> lower = forks(around(750, 20, 5), around(760, 20, 5));

        assertEquals(Verdict.IMPROVED, compare(Metric.PRIMARY, Mode.THROUGHPUT, "ops/s", base, higher).verdict());
        assertEquals(Verdict.REGRESSED, compare(Metric.PRIMARY, Mode.THROUGHPUT, "ops/s", base, lower).verdict());
    }

    @Test
    void aSignificantChangeBelowTheThresholdIsWithinNoise() {
        MetricComparison m = compare(Metric.PRIMARY, Mode.AVERAGE_TIME, "ns/op",
                forks(around(100, 0.2, 5), around(100.1, 0.2, 5)), forks(around(102, 0.2, 5), around(102.1, 0.2, 5)));

        assertEquals(Verdict.WITHIN_NOISE, m.verdict());
    }

    @Test
    void retainedHeapJitterPerSingleShotIterationIsNotARegression() {
        // A fixed variant: one op is the whole batch, and two live-heap readings differ by tens of KB.
        MetricComparison jitter = compare("heap.retained.norm", Mode.SINGLE_SHOT_TIME, "B/op",
                forks(around(400, 50, 5)), forks(around(30_000, 50, 5)));
        MetricComparison leak = compare("heap.retained.norm", Mode.SINGLE_SHOT_TIME, "B/op",
                forks(around(400, 50, 5)), forks(around(1_000_000, 50, 5)));

        assertEquals(Verdict.WITHIN_NOISE, jitter.verdict());
        assertEquals(Verdict.REGRESSED, leak.verdict());
    }

    @Test
    void theSameDistributionIsUnchanged() {
        MetricComparison m = compare(Metric.PRIMARY, Mode.AVERAGE_TIME, "ns/op",
                forks(around(100, 5, 5), around(100, 5, 5)), forks(around(100.5, 5, 5), around(99.5, 5, 5)));

        assertEquals(Verdict.UNCHANGED, m.verdict());
    }

    @Test
    void forkToForkVariationIsNotCalledAChange() {
        // Forks of the same code land near 100 or near 104 (JIT decisions); the candidate's two forks both landed
        // high. Pooled iterations differ (the rank test alone says so), but a candidate fork matches a base fork:
        // the fork-aware interval includes 1.
        List<double[]> base = forks(around(100, 0.3, 5), around(104, 0.3, 5));
        List<double[]> candidate = forks(around(104, 0.3, 5), around(104.8, 0.3, 5));
        double pooledP = RankSumTest.pValue(flat(base), flat(candidate));

        MetricComparison m = compare(Metric.PRIMARY, Mode.AVERAGE_TIME, "ns/op", base, candidate);

        assertTrue(pooledP < 0.01, "the rank test on pooled iterations alone would flag it: p=" + pooledP);
        assertTrue(m.ciLow() <= 1.0, "interval " + m.ciLow() + ".." + m.ciHigh());
        assertEquals(Verdict.UNCHANGED, m.verdict());
    }

    @Test
    void fewerThanTwoIterationsOnASideIsInsufficientData() {
        MetricComparison m = compare(Metric.PRIMARY, Mode.AVERAGE_TIME, "ns/op",
                forks(new double[] {100}), forks(around(200, 1, 5)));

        assertEquals(Verdict.INSUFFICIENT_DATA, m.verdict());
        assertTrue(Double.isNaN(m.pValue()));
    }

    @Test
    void constantAllocationBeyondEightBytesCountsWithoutVariance() {
        MetricComparison m = compare("gc.alloc.rate.norm", Mode.AVERAGE_TIME, "B/op",
                forks(constant(96, 2)), forks(constant(120, 2)));

        assertTrue(m.pValue() > 0.01, "two iterations a side cannot be significant: p=" + m.pValue());
        assertEquals(Verdict.REGRESSED, m.verdict());
    }

    @Test
    void allocationChangesUpToEightBytesDoNotCount() {
        // 6% more but only 6 bytes: under max(5%, 8 B/op)
        MetricComparison few = compare("gc.alloc.rate.norm", Mode.AVERAGE_TIME, "B/op",
                forks(constant(100, 2)), forks(constant(106, 2)));
        MetricComparison many = compare("gc.alloc.rate.norm", Mode.AVERAGE_TIME, "B/op",
                forks(constant(100, 5), constant(100, 5)), forks(constant(106, 5), constant(106, 5)));

        assertEquals(Verdict.UNCHANGED, few.verdict());
        assertEquals(Verdict.WITHIN_NOISE, many.verdict());
    }

    @Test
    void allocationFromNothingIsARegression() {
        MetricComparison m = compare("gc.alloc.rate.norm", Mode.THROUGHPUT, "B/op",
                forks(constant(0, 3)), forks(constant(24, 3)));

        assertEquals(Verdict.REGRESSED, m.verdict());
        assertTrue(Double.isNaN(m.ratio()));
        assertEquals(24, m.difference());
    }

    @Test
    void timeUnitsAreConverted() {
        MetricComparison m = compare(Metric.PRIMARY, Mode.AVERAGE_TIME, "ms/op", "us/op",
                forks(around(1.0, 0.01, 5)), forks(around(1000, 10, 5)));

        assertEquals(Verdict.UNCHANGED, m.verdict());
        assertEquals(1.0, m.ratio(), 1e-9);
    }

    @Test
    void unconvertibleUnitsAreNotCompared() {
        MetricComparison m = compare(Metric.PRIMARY, Mode.AVERAGE_TIME, "ms/op", "B/op",
                forks(around(1.0, 0.01, 5)), forks(around(1000, 10, 5)));

        assertEquals(Verdict.INCOMPARABLE_UNITS, m.verdict());
    }

    @Test
    void aMetricOnOneSideOnlyIsInsufficientData() {
        Metric base = metric("gc.pause.p99", "ms", forks(around(3, 1, 5)));
        MetricComparison m = comparer.compare("gc.pause.p99", Mode.AVERAGE_TIME, Optional.of(base), Optional.empty())
                .orElseThrow();

        assertEquals(Verdict.INSUFFICIENT_DATA, m.verdict());
        assertEquals(0, m.candidateCount());
        assertTrue(comparer.compare("x", Mode.AVERAGE_TIME, Optional.empty(), Optional.empty()).isEmpty());
    }

    private MetricComparison compare(String name, Mode mode, String unit, List<double[]> base, List<double[]> cand) {
        return compare(name, mode, unit, unit, base, cand);
    }

    private MetricComparison compare(String name, Mode mode, String baseUnit, String candidateUnit,
                                     List<double[]> base, List<double[]> candidate) {
        return comparer.compare(name, mode, Optional.of(metric(name, baseUnit, base)),
                Optional.of(metric(name, candidateUnit, candidate))).orElseThrow();
    }

    private static Metric metric(String name, String unit, List<double[]> forks) {
        List<List<Double>> raw = forks.stream().map(f -> Arrays.stream(f).boxed().toList()).toList();
        return new Metric(name, unit, Double.NaN, Double.NaN, raw, List.of());
    }

    private static List<double[]> forks(double[]... forks) {
        return List.of(forks);
    }

    private static double[] flat(List<double[]> forks) {
        return forks.stream().flatMapToDouble(Arrays::stream).toArray();
    }
}
