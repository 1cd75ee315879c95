package leakbench.finalizers;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds the JVM's single Finalizer thread inside a finalize() until closed: the extreme case of a Finalizer
 * thread that falls behind. Everything finalizable found dead meanwhile waits behind it, so a test can show
 * what a finalizer keeps without depending on when the thread would otherwise have run.
 */
final class FinalizerBlock implements AutoCloseable {
    /** A bound, so that a test that fails before close() does not stop finalization for the rest of the run. */
    private static final long MAX_BLOCK_MINUTES = 2;

    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    private FinalizerBlock() {
    }

    static FinalizerBlock engage() {
        FinalizerBlock block = new FinalizerBlock();
        block.dropBlocker();
        Finalization.awaitUntil(() -> block.entered.getCount() == 0, "the Finalizer thread to enter the blocker");
        return block;
    }

    /** In its own frame, so that nothing in the caller keeps the blocker reachable. */
    private void dropBlocker() {
        new Blocker(this);
    }

    @Override
    public void close() {
        released.countDown();
    }

    private static final class Blocker {
        private final FinalizerBlock block;

        Blocker(FinalizerBlock block) {
            this.block = block;
        }

        // finalize() is deprecated (for removal since JDK 18); blocking the Finalizer thread needs one.
        @SuppressWarnings({"deprecation", "removal"})
        @Override
        protected void finalize() throws InterruptedException {
            block.entered.countDown();
            block.released.await(MAX_BLOCK_MINUTES, TimeUnit.MINUTES);
        }
    }
}
