package leakbench.analysis.compare;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A 95% percentile-bootstrap confidence interval for median(candidate) / median(base) that respects JMH's two
 * levels of variation: each resample first draws forks with replacement, then iterations with replacement within
 * each drawn fork. Iterations of one fork share its JIT decisions and heap layout, so they vary less than forks
 * do; resampling iterations alone (or a test on pooled iterations) would make intervals too narrow whenever forks
 * differ. Medians rather than means, because a GC-hit iteration should not move the estimate.
 *
 * <p>The random generator has a fixed seed, so the same inputs always give the same interval.
 */
final class RatioBootstrap {

    static final int RESAMPLES = 10_000;
    private static final long SEED = 20261124L;

    private RatioBootstrap() {
    }

    /** Returns {low, high}; both NaN when a base resample has a median of zero or below (ratio undefined). */
    static double[] interval95(List<double[]> baseForks, List<double[]> candidateForks) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] ratios = new double[RESAMPLES];
        double[] baseScratch = new double[capacity(baseForks)];
        double[] candidateScratch = new double[capacity(candidateForks)];
        for (int r = 0; r < RESAMPLES; r++) {
            double base = resampledMedian(baseForks, baseScratch, random);
            double candidate = resampledMedian(candidateForks, candidateScratch, random);
            if (!(base > 0)) {
                return new double[] {Double.NaN, Double.NaN};
            }
            ratios[r] = candidate / base;
        }
        Arrays.sort(ratios);
        return new double[] {ratios[(int) Math.floor(0.025 * (RESAMPLES - 1))],
                ratios[(int) Math.ceil(0.975 * (RESAMPLES - 1))]};
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return medianOfSorted(sorted, sorted.length);
    }

    /** Room for the largest possible resample: every draw picks the largest fork. */
    private static int capacity(List<double[]> forks) {
        return forks.size() * forks.stream().mapToInt(f -> f.length).max().orElse(0);
    }

    /** Draws as many forks as there are, each with replacement, then as many iterations as each drawn fork has. */
    private static double resampledMedian(List<double[]> forks, double[] scratch, SplittableRandom random) {
        int filled = 0;
        for (int f = 0; f < forks.size(); f++) {
            double[] fork = forks.get(random.nextInt(forks.size()));
            for (int i = 0; i < fork.length; i++) {
                scratch[filled++] = fork[random.nextInt(fork.length)];
            }
        }
        return median(scratch, filled);
    }

    /** Median of the first {@code length} values by selection, O(n): the bootstrap computes 20,000 per metric. */
    private static double median(double[] values, int length) {
        int mid = length / 2;
        double upper = select(values, length, mid);
        if (length % 2 == 1) {
            return upper;
        }
        double lower = Double.NEGATIVE_INFINITY; // after select, values[0..mid) are <= upper: take their maximum
        for (int i = 0; i < mid; i++) {
            lower = Math.max(lower, values[i]);
        }
        return (lower + upper) / 2;
    }

    /** Hoare's selection: rearranges values[0..length) so that values[k] is the k-th smallest, and returns it. */
    private static double select(double[] values, int length, int k) {
        int left = 0;
        int right = length - 1;
        while (left < right) {
            double pivot = values[(left + right) >>> 1];
            int i = left;
            int j = right;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = values[i];
                    values[i] = values[j];
                    values[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                break;
            }
        }
        return values[k];
    }

    private static double medianOfSorted(double[] sorted, int length) {
        int mid = length / 2;
        return length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
