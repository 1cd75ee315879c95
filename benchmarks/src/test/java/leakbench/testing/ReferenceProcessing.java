package leakbench.testing;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.function.IntConsumer;
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
     * Runs verified full collections until every reference cleared so far has been enqueued. Collections add
     * what they clear to one pending list; the Reference Handler takes the whole list at once and works through
     * it, in no promised order, before it takes the next. So a first sentinel coming out of its queue shows only
     * that the list holding it, and so everything cleared with it or before, has been taken (a reference
     * cleared in the same collection may still wait its turn); a second sentinel, cleared after that, comes out
     * only once that list has been worked through.
     */
    public static void collectAndAwaitEnqueued() {
        for (int round = 0; round < 2; round++) {
            ReferenceQueue<Object> queue = new ReferenceQueue<>();
            WeakReference<Object> sentinel = newSentinel(queue);
            FullCollection.run();
            awaitDelivery(queue, sentinel);
        }
    }

    private static void awaitDelivery(ReferenceQueue<Object> queue, WeakReference<Object> sentinel) {
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

    /**
     * Drives {@code operations} operations in rounds of at most {@code perRound}, each round followed by
     * {@link #collectAndAwaitEnqueued()} and then {@code purge} (an access that removes what was cleared), as
     * a running program's collections interleave with its work. Without the collections a structure that
     * purges would grow during the whole run before anything could be cleared.
     */
    public static void inRoundsWithCollections(int operations, int perRound, IntConsumer driveRound, Runnable purge) {
        for (int done = 0; done < operations; done += perRound) {
            driveRound.accept(Math.min(perRound, operations - done));
            collectAndAwaitEnqueued();
            purge.run();
        }
    }

    private static WeakReference<Object> newSentinel(ReferenceQueue<Object> queue) {
        return new WeakReference<>(new Object(), queue);
    }
}
