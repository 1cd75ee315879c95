package leakbench.analysis.compare;

import java.util.Arrays;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Tests on one value per fork (the fork is the unit of replication: iterations of one fork share its JIT
 * decisions, its heap layout and the machine's state, so they are not independent samples).
 *
 * <ul>
 *   <li>{@link #paired}: forks of an interleaved run, pair k of the base with pair k of the candidate. Paired
 *       Student t on the log ratios ln(candidate/base): the pair shares the machine's state of that moment, so
 *       load that shifts both forks cancels. The ratio is the geometric mean of the pair ratios, its 95% interval
 *       the t interval of the mean log ratio, exponentiated.</li>
 *   <li>{@link #unpaired}: two separate runs. Welch's t on the log fork values; the ratio is the ratio of geometric
 *       means. Nothing in the data can tell a change of the machine between the runs from a change of the code.</li>
 * </ul>
 *
 * Values that are not positive (allocation of 0 B/op) have no log: the test then runs on the values themselves
 * and the ratio is left undefined.
 */
final class ForkTest {

    /** Ratio, its 95% interval, the two-sided p-value and the number of observations per side (pairs when paired). */
    record Result(double ratio, double ciLow, double ciHigh, double p, int n) {
        static final Result NONE = new Result(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
    }

    private ForkTest() {
    }

    /** {@code base[k]} and {@code candidate[k]} are pair k; pairs with a missing (NaN) side are left out. */
    static Result paired(double[] base, double[] candidate) {
        int n = Math.min(base.length, candidate.length);
        double[] b = new double[n];
        double[] c = new double[n];
        int kept = 0;
        for (int k = 0; k < n; k++) {
            if (Double.isFinite(base[k]) && Double.isFinite(candidate[k])) {
                b[kept] = base[k];
                c[kept] = candidate[k];
                kept++;
            }
        }
        b = Arrays.copyOf(b, kept);
        c = Arrays.copyOf(c, kept);
        if (kept < 2) {
            return Result.NONE;
        }
        boolean logs = allPositive(b) && allPositive(c);
        double[] d = new double[kept];
        for (int k = 0; k < kept; k++) {
            d[k] = logs ? Math.log(c[k] / b[k]) : c[k] - b[k];
        }
        double mean = mean(d);
        double se = Math.sqrt(variance(d, mean) / kept);
        return result(mean, se, kept - 1, logs, kept);
    }

    static Result unpaired(double[] base, double[] candidate) {
        double[] b = finite(base);
        double[] c = finite(candidate);
        if (b.length < 2 || c.length < 2) {
            return Result.NONE;
        }
        boolean logs = allPositive(b) && allPositive(c);
        double[] x = logs ? Arrays.stream(b).map(Math::log).toArray() : b;
        double[] y = logs ? Arrays.stream(c).map(Math::log).toArray() : c;
        double mx = mean(x);
        double my = mean(y);
        double vx = variance(x, mx) / x.length;
        double vy = variance(y, my) / y.length;
        double se = Math.sqrt(vx + vy);
        // Welch-Satterthwaite degrees of freedom.
        double df = se == 0 ? x.length + y.length - 2
                : (vx + vy) * (vx + vy) / (vx * vx / (x.length - 1) + vy * vy / (y.length - 1));
        return result(my - mx, se, df, logs, Math.min(x.length, y.length));
    }

    private static Result result(double meanDifference, double se, double df, boolean logs, int n) {
        double p;
        double half;
        if (se == 0) {
            // No spread at all (a constant metric): any difference is certain, none is none. A sample without
            // spread gives no interval: a zero-width one would claim a precision the forks never showed.
            p = meanDifference == 0 ? 1 : 0;
            half = Double.NaN;
        } else {
            TDistribution t = new TDistribution(null, df);
            p = 2 * t.cumulativeProbability(-Math.abs(meanDifference / se));
            half = t.inverseCumulativeProbability(0.975) * se;
        }
        if (!logs) {
            return new Result(Double.NaN, Double.NaN, Double.NaN, p, n);
        }
        return new Result(Math.exp(meanDifference), Math.exp(meanDifference - half), Math.exp(meanDifference + half), p, n);
    }

    /** Median of the finite values; NaN when there are none. */
    static double median(double[] values) {
        double[] sorted = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    static double[] finite(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).toArray();
    }

    private static boolean allPositive(double[] values) {
        return Arrays.stream(values).allMatch(v -> v > 0);
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    private static double variance(double[] values, double mean) {
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum / (values.length - 1);
    }
}
