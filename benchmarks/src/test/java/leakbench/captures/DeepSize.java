package leakbench.captures;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntFunction;
import org.openjdk.jol.info.GraphLayout;

/**
 * Deep-size checks with JOL: the size of everything reachable from what the caller keeps, as a function of
 * the size {@code n} of what it no longer needs. Pass only the kept object; shared infrastructure must not be
 * reachable from it, or its size would count too.
 */
final class DeepSize {
    private DeepSize() {
    }

    static long of(Object root) {
        return GraphLayout.parseInstance(root).totalSize();
    }

    /**
     * Deep size at n, 2n and 3n: both increments are equal within 10% and at least {@code minBytesPerUnit}
     * per unit of n, so the kept object carries the whole dropped source with it.
     */
    static void assertGrowsLinearly(IntFunction<?> keptAt, int n, long minBytesPerUnit, String what) {
        long at1 = of(keptAt.apply(n));
        long at2 = of(keptAt.apply(2 * n));
        long at3 = of(keptAt.apply(3 * n));
        long first = at2 - at1;
        long second = at3 - at2;
        String sizes = what + ": deep sizes at n=" + n + ", 2n, 3n: " + at1 + ", " + at2 + ", " + at3 + " B";
        assertTrue(first >= minBytesPerUnit * n,
                sizes + "; should grow by at least " + minBytesPerUnit + " B per unit");
        assertTrue(Math.abs(second - first) <= first / 10, sizes + "; increments should be equal (linear growth)");
    }

    /** Deep size at 10n is at most twice the size at n: the kept object does not carry the source along. */
    static void assertBounded(IntFunction<?> keptAt, int n, String what) {
        long at1 = of(keptAt.apply(n));
        long at10 = of(keptAt.apply(10 * n));
        assertTrue(at10 <= 2 * at1, what + ": deep size at n=" + n + " is " + at1 + " B, at 10n " + at10
                + " B; should stay bounded");
    }
}
