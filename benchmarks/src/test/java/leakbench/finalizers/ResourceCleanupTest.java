package leakbench.finalizers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.ref.Cleaner;
import java.lang.ref.PhantomReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;
import org.junit.jupiter.api.Test;

/**
 * Drives {@link Buffers}, the code {@code ResourceCleanupBenchmark} measures. The Finalizer thread is held by a
 * {@link FinalizerBlock}: a finalized buffer then stays in memory however many collections run, while closed
 * buffers are released at once and collected, whatever the Finalizer thread does.
 */
class ResourceCleanupTest {
    private static final int OPERATIONS = 200;
    private static final int BUFFER_SIZE = 1024;
    private static final Cleaner CLEANER = Cleaner.create();

    @Test
    void finalizeKeepsEveryBufferUntilTheFinalizerThreadRuns() {
        ReleaseLedger ledger = new ReleaseLedger();
        PhantomReference<byte[]> first;
        FinalizerBlock block = FinalizerBlock.engage();
        try {
            first = useAndDrop(ledger, Buffers::useFinalized);
            Finalization.assertStillInMemory(first, "a dropped buffer waiting for finalize()");
            assertEquals(OPERATIONS, ledger.pending(), "finalize() releases nothing while the Finalizer waits");
        } finally {
            block.close();
        }
        Finalization.awaitUntil(() -> ledger.pending() == 0, "every finalize() to run once unblocked");
        Finalization.assertEventuallyCollected(first, "a finalized buffer");
    }

    @Test
    void fixedTryWithResourcesReleasesAtOnceWithoutTheFinalizer() {
        assertReleasedAtOnceWhileTheFinalizerIsBlocked(Buffers::useTryWithResources, "try-with-resources");
    }

    @Test
    void fixedCleanerAndCloseReleasesAtOnceWithoutTheCleanerThread() {
        assertReleasedAtOnceWhileTheFinalizerIsBlocked(Buffers::useCleanedAndClosed, "close() with a Cleaner");
    }

    @Test
    void cleanerWithoutCloseIsReleasedByTheSafetyNet() {
        ReleaseLedger ledger = new ReleaseLedger();
        PhantomReference<byte[]> first = useAndDrop(ledger, Buffers::useCleanedWithoutClose);
        Finalization.awaitUntil(() -> ledger.pending() == 0, "the Cleaner thread to release every buffer");
        Finalization.assertEventuallyCollected(first, "a buffer released by the Cleaner");
    }

    /** With the Finalizer thread held, every buffer is released on the caller's thread and then collected. */
    private static void assertReleasedAtOnceWhileTheFinalizerIsBlocked(ObjIntConsumer<Buffers> use, String how) {
        ReleaseLedger ledger = new ReleaseLedger();
        FinalizerBlock block = FinalizerBlock.engage();
        try {
            PhantomReference<byte[]> first = useAndDrop(ledger, use);
            assertEquals(0, ledger.pending(), how + " should release every buffer on the caller's thread");
            Finalization.assertEventuallyCollected(first, "a buffer released by " + how);
        } finally {
            block.close();
        }
    }

    /** Runs the operations and returns a phantom reference to the first buffer; nothing else survives the frame. */
    private static PhantomReference<byte[]> useAndDrop(ReleaseLedger ledger, ObjIntConsumer<Buffers> use) {
        List<PhantomReference<byte[]>> seen = new ArrayList<>();
        Buffers buffers = new Buffers(CLEANER, BUFFER_SIZE, ledger, buffer -> {
            if (seen.isEmpty()) {
                seen.add(Finalization.phantom(buffer));
            }
        });
        for (int i = 0; i < OPERATIONS; i++) {
            use.accept(buffers, i);
        }
        assertEquals(OPERATIONS, ledger.opened());
        return seen.get(0);
    }
}
