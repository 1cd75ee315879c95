package leakbench.analysis.compare;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import leakbench.analysis.model.Metric;
import leakbench.analysis.model.Mode;

/**
 * Compares one metric of one result: one value per fork (the median of its iterations), then {@link ForkTest}:
 * paired by pair number when the forks come from an interleaved run, Welch otherwise. The verdict waits for the
 * whole comparison: {@link #decide} runs with the p-value after Holm's adjustment over all tests.
 *
 * <p>Fewer than 2 forks a side (2 pairs) is "insufficient data" for the test. Nearly deterministic metrics
 * (allocation and retention per op) keep their own rule: a change beyond max(threshold x base, 8 B/op) counts
 * without a test when the two sides' iterations do not overlap at all (typically both constant), with 2
 * iterations a side, even from one fork: there is no variance to test against. Retention in single-shot mode,
 * where one op is a whole iteration, also needs to exceed the live heap's jitter between two readings (64 KiB per
 * iteration).
 */
final class MetricComparer {

    private final CompareSettings settings;

    MetricComparer(CompareSettings settings) {
        this.settings = settings;
    }

    /** Empty when neither side has the metric; the verdict is provisional until {@link #decide}. */
    Optional<MetricComparison> compare(String name, Mode mode, Optional<Metric> base, Optional<Metric> candidate,
                                       boolean paired) {
        if (base.isEmpty() && candidate.isEmpty()) {
            return Optional.empty();
        }
        String unit = base.or(() -> candidate).orElseThrow().unit();
        Direction direction = Direction.of(mode, name, unit);
        double factor = 1;
        if (base.isPresent() && candidate.isPresent()) {
            OptionalDouble f = Units.factor(candidate.get().unit(), unit);
            if (f.isEmpty()) {
                return Optional.of(withoutTest(name, unit, direction, base, candidate, 1, Verdict.INCOMPARABLE_UNITS));
            }
            factor = f.getAsDouble();
        }
        double[] b = forkMedians(base, 1);
        double[] c = forkMedians(candidate, factor);
        double[] x = iterations(base, 1);
        double[] y = iterations(candidate, factor);
        boolean bothPaired = paired && b.length == c.length;
        ForkTest.Result test = bothPaired ? ForkTest.paired(b, c) : ForkTest.unpaired(b, c);
        boolean enoughIterations = x.length >= 2 && y.length >= 2;
        if (test.n() < 2 && !(enoughIterations && CompareSettings.NEARLY_DETERMINISTIC.contains(name))) {
            return Optional.of(withoutTest(name, unit, direction, base, candidate, factor, Verdict.INSUFFICIENT_DATA));
        }
        double baseMedian = ForkTest.median(b);
        double candidateMedian = ForkTest.median(c);
        double ratio = Double.isFinite(test.ratio()) ? test.ratio()
                : baseMedian > 0 ? candidateMedian / baseMedian : Double.NaN;
        boolean separated = enoughIterations && (max(x) < min(y) || max(y) < min(x));
        MetricComparison provisional = new MetricComparison(name, unit, direction, ForkTest.finite(b).length,
                ForkTest.finite(c).length, bothPaired ? test.n() : 0, baseMedian, candidateMedian, ratio, test.ciLow(),
                test.ciHigh(), test.p(), test.p(), separated, Verdict.UNCHANGED);
        return Optional.of(decide(provisional, mode, test.p()));
    }

    /** The verdict with {@code adjustedP}, the p-value after the adjustment over all tests of the comparison. */
    MetricComparison decide(MetricComparison m, Mode mode, double adjustedP) {
        if (m.verdict() == Verdict.INSUFFICIENT_DATA || m.verdict() == Verdict.INCOMPARABLE_UNITS) {
            return m;
        }
        String name = m.metric();
        double difference = m.candidateMedian() - m.baseMedian();
        boolean deterministic = CompareSettings.NEARLY_DETERMINISTIC.contains(name);
        double bound = settings.threshold() * Math.abs(m.baseMedian());
        if (deterministic) {
            bound = Math.max(bound, CompareSettings.MIN_BYTES_CHANGE);
        }
        if (name.equals(CompareSettings.RETAINED_NORM) && mode == Mode.SINGLE_SHOT_TIME) {
            // One op is the whole iteration there, and the difference of two live-heap readings jitters by
            // tens of KB per iteration (JVM bookkeeping): the same noise floor as the report's growth verdict.
            bound = Math.max(bound, CompareSettings.RETAINED_NOISE_PER_ITERATION);
        }
        boolean beyond = Math.abs(difference) > bound;
        boolean worse = m.direction() == Direction.LOWER_IS_BETTER ? difference > 0 : difference < 0;
        Verdict verdict;
        if (deterministic && beyond && m.separated()) {
            verdict = worse ? Verdict.REGRESSED : Verdict.IMPROVED;
        } else if (!(adjustedP < settings.alpha())) {
            verdict = Verdict.UNCHANGED;
        } else if (!beyond) {
            verdict = Verdict.WITHIN_NOISE;
        } else {
            verdict = worse ? Verdict.REGRESSED : Verdict.IMPROVED;
        }
        return m.with(adjustedP, verdict);
    }

    private static MetricComparison withoutTest(String name, String unit, Direction direction, Optional<Metric> base,
                                                Optional<Metric> candidate, double factor, Verdict verdict) {
        double[] b = forkMedians(base, 1);
        double[] c = forkMedians(candidate, factor);
        double baseMedian = ForkTest.median(b);
        double candidateMedian = ForkTest.median(c);
        double ratio = baseMedian > 0 && verdict != Verdict.INCOMPARABLE_UNITS ? candidateMedian / baseMedian : Double.NaN;
        return new MetricComparison(name, unit, direction, ForkTest.finite(b).length, ForkTest.finite(c).length, 0,
                baseMedian, candidateMedian, ratio, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, verdict);
    }

    /**
     * One value per fork, in fork order: the median of its finite iterations, NaN for a fork without any (kept, so
     * that fork k stays pair k).
     */
    static double[] forkMedians(Optional<Metric> metric, double factor) {
        return metric.map(m -> m.rawData().stream()
                .mapToDouble(fork -> ForkTest.median(fork.stream().mapToDouble(v -> v * factor).toArray()))
                .toArray()).orElse(new double[0]);
    }

    private static double[] iterations(Optional<Metric> metric, double factor) {
        return metric.map(m -> Arrays.stream(m.finiteValues()).map(v -> v * factor).toArray()).orElse(new double[0]);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }
}
