package leakbench.analysis.compare;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import leakbench.analysis.model.Metric;
import leakbench.analysis.model.Mode;

/**
 * Compares one metric of one result: statistics and verdict.
 *
 * <p>A change is <em>significant</em> when the Mann-Whitney U test on all iterations of all forks gives
 * p &lt; alpha <em>and</em> the fork-aware 95% bootstrap interval of the ratio excludes 1. The rank test alone
 * would treat the iterations of one fork as independent and call fork-to-fork variation a change; the bootstrap
 * interval widens with that variation. A significant change beyond the threshold is improved or regressed; one
 * within it is "within noise".
 *
 * <p>Nearly deterministic metrics (allocation and retention per op) use the threshold max(threshold x base,
 * 8 B/op), and a change beyond it counts without a test when the two samples do not overlap at all (typically
 * both sides constant): there is no variance to test against. Retention in single-shot mode, where one op is a
 * whole iteration, also needs to exceed the live heap's jitter between two readings (64 KiB per iteration).
 */
final class MetricComparer {

    private final CompareSettings settings;

    MetricComparer(CompareSettings settings) {
        this.settings = settings;
    }

    /** Empty when neither side has the metric. */
    Optional<MetricComparison> compare(String name, Mode mode, Optional<Metric> base, Optional<Metric> candidate) {
        if (base.isEmpty() && candidate.isEmpty()) {
            return Optional.empty();
        }
        String unit = base.or(() -> candidate).orElseThrow().unit();
        Direction direction = Direction.of(mode, name, unit);
        List<double[]> baseForks = base.map(Metric::finiteValuesByFork).orElse(List.of());
        List<double[]> candidateForks = candidate.map(Metric::finiteValuesByFork).orElse(List.of());
        if (base.isPresent() && candidate.isPresent()) {
            OptionalDouble factor = Units.factor(candidate.get().unit(), unit);
            if (factor.isEmpty()) {
                return Optional.of(withoutVerdict(name, unit, direction, baseForks, candidateForks,
                        Verdict.INCOMPARABLE_UNITS));
            }
            double f = factor.getAsDouble();
            candidateForks = candidateForks.stream().map(fork -> Arrays.stream(fork).map(v -> v * f).toArray()).toList();
        }
        double[] x = pooled(baseForks);
        double[] y = pooled(candidateForks);
        if (x.length < 2 || y.length < 2) {
            return Optional.of(withoutVerdict(name, unit, direction, baseForks, candidateForks,
                    Verdict.INSUFFICIENT_DATA));
        }
        double baseMedian = RatioBootstrap.median(x);
        double candidateMedian = RatioBootstrap.median(y);
        double ratio = baseMedian > 0 ? candidateMedian / baseMedian : Double.NaN;
        double[] ci = baseMedian > 0 ? RatioBootstrap.interval95(baseForks, candidateForks)
                : new double[] {Double.NaN, Double.NaN};
        double p = RankSumTest.pValue(x, y);
        boolean separated = max(x) < min(y) || max(y) < min(x);
        Verdict verdict = verdict(name, mode, direction, baseMedian, candidateMedian, ci, p, separated);
        return Optional.of(new MetricComparison(name, unit, direction, x.length, y.length, baseMedian,
                candidateMedian, ratio, ci[0], ci[1], p, separated, verdict));
    }

    private Verdict verdict(String name, Mode mode, Direction direction, double baseMedian, double candidateMedian,
                            double[] ci, double p, boolean separated) {
        double difference = candidateMedian - baseMedian;
        boolean deterministic = CompareSettings.NEARLY_DETERMINISTIC.contains(name);
        double bound = settings.threshold() * Math.abs(baseMedian);
        if (deterministic) {
            bound = Math.max(bound, CompareSettings.MIN_BYTES_CHANGE);
        }
        if (name.equals(CompareSettings.RETAINED_NORM) && mode == Mode.SINGLE_SHOT_TIME) {
            // One op is the whole iteration there, and the difference of two live-heap readings jitters by
            // tens of KB per iteration (JVM bookkeeping): the same noise floor as the report's growth verdict.
            bound = Math.max(bound, CompareSettings.RETAINED_NOISE_PER_ITERATION);
        }
        boolean beyond = Math.abs(difference) > bound;
        boolean worse = direction == Direction.LOWER_IS_BETTER ? difference > 0 : difference < 0;
        boolean ciExcludesOne = Double.isNaN(ci[0]) || ci[0] > 1 || ci[1] < 1;
        boolean significant = p < settings.alpha() && ciExcludesOne;
        if (deterministic && beyond && separated) {
            return worse ? Verdict.REGRESSED : Verdict.IMPROVED;
        }
        if (!significant) {
            return Verdict.UNCHANGED;
        }
        if (!beyond) {
            return Verdict.WITHIN_NOISE;
        }
        return worse ? Verdict.REGRESSED : Verdict.IMPROVED;
    }

    private static MetricComparison withoutVerdict(String name, String unit, Direction direction,
                                                   List<double[]> baseForks, List<double[]> candidateForks,
                                                   Verdict verdict) {
        double[] x = pooled(baseForks);
        double[] y = pooled(candidateForks);
        double baseMedian = x.length > 0 ? RatioBootstrap.median(x) : Double.NaN;
        double candidateMedian = y.length > 0 ? RatioBootstrap.median(y) : Double.NaN;
        double ratio = baseMedian > 0 && verdict != Verdict.INCOMPARABLE_UNITS
                ? candidateMedian / baseMedian : Double.NaN;
        return new MetricComparison(name, unit, direction, x.length, y.length, baseMedian, candidateMedian, ratio,
                Double.NaN, Double.NaN, Double.NaN, false, verdict);
    }

    private static double[] pooled(List<double[]> forks) {
        return forks.stream().flatMapToDouble(Arrays::stream).toArray();
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }
}
