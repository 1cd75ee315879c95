package leakbench.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntFunction;
import org.openjdk.jol.info.GraphLayout;

/**
 * Deep-size assertions for leak tests, with JOL: a leaky structure grows linearly with the operations done
 * on it, a fixed one stays bounded. {@code afterOps} builds a fresh structure and drives it for the given
 * number of operations; its deep size counts everything reachable from it, so it must not reach shared
 * infrastructure (executors, static constants) that would blur the comparison.
 */
public final class DeepSizeGrowth {
    /** Doubling the operations must double the growth within this factor. */
    private static final double LINEAR_TOLERANCE = 1.25;
    /** A bounded structure driven for 10x the operations may be at most this much larger. */
    private static final double BOUND_FACTOR = 1.5;

    private DeepSizeGrowth() {
    }

    /** Bytes reachable from {@code root}, root included. */
    public static long deepSize(Object root) {
        return GraphLayout.parseInstance(root).totalSize();
    }

    /**
     * Measures the structure after n, 2n and 4n operations: it must grow, and the growth over the last 2n
     * operations must be about twice the growth over the n before (a constant cost per operation).
     */
    public static void assertGrowsLinearly(int n, IntFunction<?> afterOps, String what) {
        long atN = deepSize(afterOps.apply(n));
        long at2N = deepSize(afterOps.apply(2 * n));
        long at4N = deepSize(afterOps.apply(4 * n));
        long first = at2N - atN;
        long second = at4N - at2N;
        String sizes = what + ": deep size " + atN + " B after " + n + " ops, " + at2N + " B after " + 2 * n
                + ", " + at4N + " B after " + 4 * n;
        assertTrue(first > 0, sizes + ": expected it to grow");
        double ratio = second / (2.0 * first);
        assertTrue(ratio > 1 / LINEAR_TOLERANCE && ratio < LINEAR_TOLERANCE,
                sizes + ": expected linear growth (second increment / twice the first = " + ratio + ")");
    }

    /** Measures the structure after n and 10n operations: the second may be at most 1.5 times the first. */
    public static void assertBounded(int n, IntFunction<?> afterOps, String what) {
        long atN = deepSize(afterOps.apply(n));
        long at10N = deepSize(afterOps.apply(10 * n));
        assertTrue(at10N <= BOUND_FACTOR * atN, what + ": deep size " + atN + " B after " + n + " ops but "
                + at10N + " B after " + 10 * n + "; expected it to stay bounded");
    }
}
