package leakbench.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import leakbench.profile.FullCollection;

/**
 * Reachability assertions for leak tests: after a verified full collection, a payload the scenario
 * should have let go of is gone, and one a leak keeps is still there. Never a timer, never {@code assert}.
 *
 * <p>Keep the payload out of the test method's own frame (create it in a helper method and keep only the
 * {@link WeakReference}), or JIT liveness can keep it alive.
 */
public final class Reachability {
    private Reachability() {
    }

    /** Asserts that the referent was reclaimed by a verified full collection. */
    public static void assertCollected(WeakReference<?> ref, String what) {
        FullCollection.run();
        assertTrue(ref.refersTo(null), what + " should have been collected, but is still reachable");
    }

    /** Asserts that the referent survived a verified full collection: something still holds it. */
    public static void assertRetained(WeakReference<?> ref, String what) {
        FullCollection.run();
        assertFalse(ref.refersTo(null), what + " should still be reachable (leaked), but was collected");
    }
}
