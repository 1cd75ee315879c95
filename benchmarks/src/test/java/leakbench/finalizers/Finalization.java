package leakbench.finalizers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.function.BooleanSupplier;
import leakbench.profile.FullCollection;

/**
 * Waiting for finalizers and Cleaner actions without timers: bounded polling with a verified full collection
 * between rounds. Finalization and cleanup run on their own threads after a collection, so a test may only
 * assert what a collection guarantees, or wait for a condition it can observe.
 *
 * <p>Phantom references, not weak ones, observe what finalization keeps: the JVM clears weak references to
 * an object (and to everything reachable only through it) before it finalizes the object, even though the
 * object and its fields stay in memory until finalize() has run and a later collection has found them dead.
 */
final class Finalization {
    private static final int MAX_ROUNDS = 100;
    private static final long PAUSE_MILLIS = 20;
    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();

    private Finalization() {
    }

    static <T> PhantomReference<T> phantom(T referent) {
        return new PhantomReference<>(referent, QUEUE);
    }

    /** Polls the condition, running a verified full collection and pausing between rounds; fails when it gives up. */
    static void awaitUntil(BooleanSupplier condition, String what) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            if (condition.getAsBoolean()) {
                return;
            }
            FullCollection.run();
            pause();
        }
        fail("gave up waiting for " + what + " after " + MAX_ROUNDS + " full collections");
    }

    static void assertEventuallyCollected(Reference<?> ref, String what) {
        awaitUntil(() -> ref.refersTo(null), what + " to be collected");
    }

    /** After a verified full collection the referent is still in memory (a phantom reference sees finalizables). */
    static void assertStillInMemory(Reference<?> ref, String what) {
        FullCollection.run();
        assertFalse(ref.refersTo(null), what + " should still be in memory, but was collected");
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for finalization", e);
        }
    }
}
