package leakbench.analysis.compare;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Two-sided Mann-Whitney U test (Wilcoxon rank-sum): do two samples come from the same distribution?
 *
 * <p>Rank-based, so it assumes nothing about the shape of the data (JMH iteration times are skewed and
 * GC-spiked, rarely normal). Exact null distribution when there are no ties and at most 50 values a side;
 * otherwise the normal approximation with tie correction and continuity correction (as SciPy does).
 * commons-math3's own {@code MannWhitneyUTest} has neither an exact mode nor a tie correction, and ties are the
 * rule for allocation metrics, hence this class.
 */
final class RankSumTest {

    private static final int EXACT_LIMIT = 50;
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);
    /** The exact distribution depends only on the sample sizes, and a result set repeats a few sizes. */
    private static final Map<Long, double[]> EXACT_COUNTS = new ConcurrentHashMap<>();

    private RankSumTest() {
    }

    /** The two-sided p-value; 1 when either sample is empty. */
    static double pValue(double[] x, double[] y) {
        int m = x.length;
        int n = y.length;
        if (m == 0 || n == 0) {
            return 1.0;
        }
        double[] all = new double[m + n];
        System.arraycopy(x, 0, all, 0, m);
        System.arraycopy(y, 0, all, m, n);
        Ranks ranks = Ranks.of(all);
        double rankSumX = 0;
        for (int i = 0; i < m; i++) {
            rankSumX += ranks.rank[i];
        }
        double u = rankSumX - m * (m + 1) / 2.0;
        if (ranks.tieTerm == 0 && m <= EXACT_LIMIT && n <= EXACT_LIMIT) {
            return exactPValue((int) Math.round(u), m, n);
        }
        double mean = m * (double) n / 2.0;
        double total = m + n;
        double variance = m * (double) n / 12.0 * ((total + 1) - ranks.tieTerm / (total * (total - 1)));
        if (variance <= 0) {
            return 1.0; // every value equal: no evidence of a difference
        }
        double z = (Math.abs(u - mean) - 0.5) / Math.sqrt(variance);
        return Math.min(1.0, 2 * (1 - STANDARD_NORMAL.cumulativeProbability(Math.max(z, 0))));
    }

    /** P(U <= u) and P(U >= u) from the exact permutation distribution; two-sided = twice the smaller tail. */
    private static double exactPValue(int u, int m, int n) {
        double[] counts = exactCounts(m, n);
        double total = 0;
        for (double c : counts) {
            total += c;
        }
        double lower = 0;
        for (int k = 0; k <= u; k++) {
            lower += counts[k];
        }
        double upper = 0;
        for (int k = u; k < counts.length; k++) {
            upper += counts[k];
        }
        return Math.min(1.0, 2 * Math.min(lower, upper) / total);
    }

    /**
     * Number of arrangements giving each U for samples of m and n, by the recurrence
     * f(m, n, u) = f(m - 1, n, u - n) + f(m, n - 1, u) (the largest value belongs to x or to y).
     */
    private static double[] exactCounts(int m, int n) {
        return EXACT_COUNTS.computeIfAbsent(((long) m << 32) | n, key -> computeExactCounts(m, n));
    }

    private static double[] computeExactCounts(int m, int n) {
        int maxU = m * n;
        // table[j][u] for the current i (values of x) and j (values of y)
        double[][] previous = new double[n + 1][];
        for (int j = 0; j <= n; j++) {
            previous[j] = new double[maxU + 1];
            previous[j][0] = 1; // i = 0: U is 0
        }
        for (int i = 1; i <= m; i++) {
            double[][] current = new double[n + 1][maxU + 1];
            current[0][0] = 1; // j = 0: U is 0
            for (int j = 1; j <= n; j++) {
                for (int u = 0; u <= i * j; u++) {
                    double xLargest = u - j >= 0 ? previous[j][u - j] : 0;
                    current[j][u] = xLargest + current[j - 1][u];
                }
            }
            previous = current;
        }
        return previous[n];
    }

    /** Mid-ranks (ties share their average rank) and the tie term sum(t^3 - t) over tie groups. */
    private record Ranks(double[] rank, double tieTerm) {

        static Ranks of(double[] values) {
            Integer[] order = new Integer[values.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
            double[] rank = new double[values.length];
            double tieTerm = 0;
            int start = 0;
            while (start < order.length) {
                int end = start;
                while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
                    end++;
                }
                double midRank = (start + end) / 2.0 + 1;
                for (int k = start; k <= end; k++) {
                    rank[order[k]] = midRank;
                }
                double t = end - start + 1;
                tieTerm += t * t * t - t;
                start = end + 1;
            }
            return new Ranks(rank, tieTerm);
        }
    }
}
