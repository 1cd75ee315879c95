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
                forks(around(100, 3, 5), around(101, 3, 5), around(99, 3, 5), around(100.5, 3, 5)),
                forks(around(125, 3, 5), around(126, 3, 5), around(124, 3, 5), around(125.5, 3, 5)));

        assertEquals(Verdict.REGRESSED, m.verdict());
        assertEquals(1.25, m.ratio(), 0.01);
        assertTrue(m.ciLow() > 1.2 && m.ciHigh() < 1.3, m.ciLow() + " " + m.ciHigh());
        assertTrue(m.pValue() < 0.001);
        assertEquals(4, m.baseCount(), "counts are forks");
        assertEquals(0, m.pairs(), "separate runs are not paired");
    }

    @Test
    void pairingCancelsAShiftThatBothForksOfAPairShare() {
        // The machine's load moves every pair's level (100 to 200 ns), and within each pair the candidate is 10%
        // slower. Unpaired, the load's spread hides the change; pair by pair it is plain.
        double[] levels = {100, 150, 120, 200, 110, 170, 130, 160};
        double[] jitter = {1.002, 0.998, 1.001, 0.999, 1.0, 1.003, 0.997, 1.0};
        List<double[]> base = new java.util.ArrayList<>();
        List<double[]> candidate = new java.util.ArrayList<>();
        for (int k = 0; k < levels.length; k++) {
            base.add(constant(levels[k], 3));
            candidate.add(constant(levels[k] * 1.10 * jitter[k], 3));
        }
        MetricComparison unpaired = compare(Metric.PRIMARY, Mode.AVERAGE_TIME, "ns/op", base, candidate);
        MetricComparison paired = comparePaired(Metric.PRIMARY, Mode.AVERAGE_TIME, "ns/op", base, candidate);

        assertEquals(Verdict.UNCHANGED, unpaired.verdict(), "p=" + unpaired.pValue());
        assertEquals(Verdict.REGRESSED, paired.verdict(), "p=" + paired.pValue());
        assertEquals(8, paired.pairs());
        assertEquals(1.10, paired.ratio(), 0.003);
        assertTrue(paired.ciLow() > 1.09 && paired.ciHigh() < 1.11, paired.ciLow() + " " + paired.ciHigh());
    }

    @Test
    void higherThroughputIsAnImprovementAndLowerARegression() {
        List<double[]> base = forks(around(1000, 20, 5), around(1010, 20, 5), around(995, 20, 5));
        List<double[]> higher = forks(around(1250, 20, 5), around(1260, 20, 5), around(1245, 20, 5));
        List<double[]> lower = forks(around(750, 20, 5), around(760, 20, 5), around(745, 20, 5));

        assertEquals(Verdict.IMPROVED, compare(Metric.PRIMARY, Mode.THROUGHPUT, "ops/s", base, higher).verdict());
        assertEquals(Verdict.REGRESSED, compare(Metric.PRIMARY, Mode.THROUGHPUT, "ops/s", base, lower).verdict());
    }

    @Test
    void aSignificantChangeBelowTheThresholdIsWithinNoise() {
        MetricComparison m = comparePaired(Metric.PRIMARY, Mode.AVERAGE_TIME, "ns/op",
                forks(constant(100, 3), constant(120, 3), constant(90, 3), constant(110, 3)),
                forks(constant(102, 3), constant(122.5, 3), constant(91.7, 3), constant(112.1, 3)));

        assertTrue(m.pValue() < 0.001, "p=" + m.pValue());
        assertEquals(Verdict.WITHIN_NOISE, m.verdict());
    }

    @Test
    void retainedHeapJitterPerSingleShotIterationIsNotARegression() {
        MetricComparison jitter = compare("heap.retained.norm", Mode.SINGLE_SHOT_TIME, "B/op",
                forks(around(400, 50, 5), around(410, 50, 5)), forks(around(30_000, 50, 5), around(30_010, 50, 5)));
        MetricComparison leak = compare("heap.retained.norm", Mode.SINGLE_SHOT_TIME, "B/op",
                forks(around(400, 50, 5)), forks(around(1_000_000, 50, 5)));

        assertEquals(Verdict.WITHIN_NOISE, jitter.verdict());
        assertEquals(Verdict.REGRESSED, leak.verdict(), "beyond the noise floor and separated: no test needed");
    }

    @Test
    void theSameDistributionIsUnchanged() {
        MetricComparison m = compare(Metric.PRIMARY, Mode.AVERAGE_TIME, "ns/op",
                forks(around(100, 5, 5), around(102, 5, 5), around(98, 5, 5)),
                forks(around(100.5, 5, 5), around(99.5, 5, 5), around(101, 5, 5)));

        assertEquals(Verdict.UNCHANGED, m.verdict());
    }

    @Test
    void iterationsOfOneForkAreNotIndependentSamples() {
        // Forks of the same code land near 100 or near 104 (JIT decisions); the candidate's two forks both landed
        // high. Twenty pooled iterations would look like a clear change; two forks a side are two observations.
        MetricComparison m = compare(Metric.PRIMARY, Mode.AVERAGE_TIME, "ns/op",
                forks(around(100, 0.3, 10), around(104, 0.3, 10)), forks(around(104, 0.3, 10), around(104.8, 0.3, 10)));

        assertEquals(2, m.baseCount());
        assertEquals(Verdict.UNCHANGED, m.verdict(), "p=" + m.pValue());
    }

    @Test
    void fewerThanTwoForksOnASideIsInsufficientData() {
        MetricComparison m = compare(Metric.PRIMARY, Mode.AVERAGE_TIME, "ns/op",
                forks(around(100, 1, 5)), forks(around(200, 1, 5), around(201, 1, 5)));

        assertEquals(Verdict.INSUFFICIENT_DATA, m.verdict());
        assertTrue(Double.isNaN(m.pValue()));
    }

    @Test
    void constantAllocationBeyondEightBytesCountsWithoutVarianceEvenFromOneFork() {
        MetricComparison m = compare("gc.alloc.rate.norm", Mode.AVERAGE_TIME, "B/op",
                forks(constant(96, 2)), forks(constant(120, 2)));

        assertTrue(Double.isNaN(m.pValue()), "one fork a side has no test");
        assertEquals(Verdict.REGRESSED, m.verdict());
    }

    @Test
    void allocationChangesUpToEightBytesDoNotCount() {
        MetricComparison few = compare("gc.alloc.rate.norm", Mode.AVERAGE_TIME, "B/op",
                forks(constant(100, 2)), forks(constant(106, 2)));
        MetricComparison many = compare("gc.alloc.rate.norm", Mode.AVERAGE_TIME, "B/op",
                forks(constant(100, 5), constant(100, 5)), forks(constant(106, 5), constant(106, 5)));

        assertEquals(Verdict.UNCHANGED, few.verdict());
        assertEquals(Verdict.WITHIN_NOISE, many.verdict());
    }

    @Test
    void allocationFromNothingIsARegression() {
        MetricComparison m = compare("gc.alloc.rate.norm", Mode.AVERAGE_TIME, "B/op",
                forks(constant(0, 3)), forks(constant(24, 3)));

        assertEquals(Verdict.REGRESSED, m.verdict());
        assertTrue(Double.isNaN(m.ratio()));
        assertEquals(24, m.difference());
    }

    @Test
    void timeUnitsAreConverted() {
        MetricComparison m = compare(Metric.PRIMARY, Mode.AVERAGE_TIME, "us/op", "ns/op",
                forks(around(1.0, 0.01, 5), around(1.0, 0.01, 5)), forks(around(1000, 10, 5), around(1000, 10, 5)));

        assertEquals(Verdict.UNCHANGED, m.verdict());
        assertEquals(1.0, m.ratio(), 1e-9);
    }

    @Test
    void unconvertibleUnitsAreNotCompared() {
        MetricComparison m = compare(Metric.PRIMARY, Mode.THROUGHPUT, "ops/s", "us/op",
                forks(around(1.0, 0.01, 5)), forks(around(1000, 10, 5)));

        assertEquals(Verdict.INCOMPARABLE_UNITS, m.verdict());
    }

    @Test
    void aForkWithoutValuesDropsItsPairOnly() {
        List<double[]> base = forks(constant(100, 3), new double[] {Double.NaN, Double.NaN}, constant(101, 3), constant(99, 3));
        List<double[]> candidate = forks(constant(120, 3), constant(150, 3), constant(121, 3), constant(119, 3));

        MetricComparison m = comparePaired(Metric.PRIMARY, Mode.AVERAGE_TIME, "ns/op", base, candidate);

        assertEquals(3, m.pairs(), "pair 2 has no base value");
        assertEquals(1.2, m.ratio(), 0.001);
    }

    @Test
    void aMetricOnOneSideOnlyIsInsufficientData() {
        Metric base = metric("gc.pause.p99", "ms", forks(around(3, 1, 5), around(3, 1, 5)));
        MetricComparison m = comparer.compare("gc.pause.p99", Mode.AVERAGE_TIME, Optional.of(base), Optional.empty(), false)
                .orElseThrow();

        assertEquals(Verdict.INSUFFICIENT_DATA, m.verdict());
        assertEquals(0, m.candidateCount());
        assertTrue(comparer.compare("x", Mode.AVERAGE_TIME, Optional.empty(), Optional.empty(), false).isEmpty());
    }

    private MetricComparison comparePaired(String name, Mode mode, String unit, List<double[]> base, List<double[]> cand) {
        return comparer.compare(name, mode, Optional.of(metric(name, unit, base)), Optional.of(metric(name, unit, cand)), true)
                .orElseThrow();
    }

    private MetricComparison compare(String name, Mode mode, String unit, List<double[]> base, List<double[]> cand) {
        return compare(name, mode, unit, unit, base, cand);
    }

    private MetricComparison compare(String name, Mode mode, String baseUnit, String candidateUnit,
                                     List<double[]> base, List<double[]> candidate) {
        return comparer.compare(name, mode, Optional.of(metric(name, baseUnit, base)),
                Optional.of(metric(name, candidateUnit, candidate)), false).orElseThrow();
    }

    private static Metric metric(String name, String unit, List<double[]> forks) {
        List<List<Double>> raw = forks.stream().map(f -> Arrays.stream(f).boxed().toList()).toList();
        return new Metric(name, unit, Double.NaN, Double.NaN, raw, List.of());
    }

    private static List<double[]> forks(double[]... forks) {
        return List.of(forks);
    }
}
