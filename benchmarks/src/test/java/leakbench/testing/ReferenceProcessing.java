package leakbench.testing;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import leakbench.profile.FullCollection;

/**
 * A collection clears weak references at once, but a separate thread (the JVM's Reference Handler) puts them
 * on their {@link ReferenceQueue}s afterwards. Code that purges from a queue ({@code WeakHashMap}'s expunge, a
 * weak listener registry) sees the cleared references only once that thread has run, so a test that polls
 * right after {@code System.gc()} races it. This waits it out.
 */
public final class ReferenceProcessing {
    private static final long TIMEOUT_MILLIS = 10_000;

    private ReferenceProcessing() {
    }

    /**
     * Runs a verified full collection, then waits until every reference it cleared has been enqueued. The
     * Reference Handler takes the pending references in batches, one batch at a time, so once a sentinel
     * cleared by a later collection comes out of its queue, every earlier batch has been delivered.
     */
    public static void collectAndAwaitEnqueued() {
        FullCollection.run();
        ReferenceQueue<Object> queue = new ReferenceQueue<>();
        WeakReference<Object> sentinel = newSentinel(queue);
        FullCollection.run();
        Reference<?> delivered;
        try {
            delivered = queue.remove(TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for reference processing", e);
        }
        assertSame(sentinel, delivered, "the Reference Handler did not enqueue a cleared reference within "
                + TIMEOUT_MILLIS + " ms");
    }

    private static WeakReference<Object> newSentinel(ReferenceQueue<Object> queue) {
        return new WeakReference<>(new Object(), queue);
    }
}
