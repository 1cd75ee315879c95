package leakbench.analysis.report;

import java.util.List;
import java.util.Optional;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A least-squares slope with its 95% confidence interval.
 *
 * @param estimate the slope
 * @param low      lower end of the 95% confidence interval
 * @param high     upper end
 * @param points   observations used
 */
public record Slope(double estimate, double low, double high, int points) {

    /** One series of observations that share an intercept (one JMH fork). */
    public record Series(double[] x, double[] y) {
    }

    /**
     * The common slope of y on x over several series, each with its own intercept (a fixed-effects regression):
     * forks start from slightly different heaps, so only growth within a fork says anything about the slope.
     * Empty when there are fewer than one residual degree of freedom or x does not vary within any series.
     */
    public static Optional<Slope> commonSlope(List<Series> series) {
        double sxy = 0;
        double sxx = 0;
        int points = 0;
        int groups = 0;
        for (Series s : series) {
            if (s.x().length == 0) {
                continue;
            }
            double mx = average(s.x());
            double my = average(s.y());
            for (int i = 0; i < s.x().length; i++) {
                sxy += (s.x()[i] - mx) * (s.y()[i] - my);
                sxx += (s.x()[i] - mx) * (s.x()[i] - mx);
            }
            points += s.x().length;
            groups++;
        }
        int df = points - groups - 1;
        if (df < 1 || !(sxx > 0)) {
            return Optional.empty();
        }
        double slope = sxy / sxx;
        double sse = 0;
        for (Series s : series) {
            double mx = average(s.x());
            double my = average(s.y());
            for (int i = 0; i < s.x().length; i++) {
                double residual = (s.y()[i] - my) - slope * (s.x()[i] - mx);
                sse += residual * residual;
            }
        }
        double halfWidth = tQuantile(df) * Math.sqrt(sse / df / sxx);
        return Optional.of(new Slope(slope, slope - halfWidth, slope + halfWidth, points));
    }

    /** The mean of values with its 95% Student-t interval; empty with fewer than two values. */
    public static Optional<Slope> mean(double[] values) {
        if (values.length < 2) {
            return Optional.empty();
        }
        double m = average(values);
        double ss = 0;
        for (double v : values) {
            ss += (v - m) * (v - m);
        }
        double halfWidth = tQuantile(values.length - 1) * Math.sqrt(ss / (values.length - 1) / values.length);
        return Optional.of(new Slope(m, m - halfWidth, m + halfWidth, values.length));
    }

    /** The 97.5% Student-t quantile; cached because inverting the distribution is iterative and rows are many. */
    private static double tQuantile(int df) {
        return T_QUANTILES.computeIfAbsent(df, d -> new TDistribution(null, d).inverseCumulativeProbability(0.975));
    }

    private static final java.util.Map<Integer, Double> T_QUANTILES = new java.util.concurrent.ConcurrentHashMap<>();

    private static double average(double[] v) {
        double sum = 0;
        for (double d : v) {
            sum += d;
        }
        return sum / v.length;
    }
}
