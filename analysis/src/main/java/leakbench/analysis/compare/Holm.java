package leakbench.analysis.compare;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down adjustment over every test of one comparison (every benchmark, parameter set, GC cell and
 * metric of the comment): a change is significant when its adjusted p is below alpha, which keeps the chance of
 * even one false alarm anywhere in the comment at or below alpha (family-wise), whatever the tests' dependence.
 * Chosen over Benjamini-Hochberg because a pull-request gate is judged by "did it cry wolf at all", the
 * family-wise rate, and the two agree when nothing changed.
 */
final class Holm {
    private Holm() {
    }

    /** Adjusted p-values in the input order; NaN inputs stay NaN and do not count as tests. */
    static double[] adjust(double[] p) {
        Integer[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).toArray(Integer[]::new);
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        int m = order.length;
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            running = Math.max(running, Math.min(1, (m - rank) * p[order[rank]]));
            adjusted[order[rank]] = running;
        }
        return adjusted;
    }
}
