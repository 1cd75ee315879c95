package leakbench.finalizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ObjIntConsumer;
import leakbench.profile.FullCollection;
import leakbench.testing.Reachability;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;

/**
 * Drives {@link Buffers} on a Cleaner of the test's own (so that its deep size holds only this test's
 * registrations): a self-capturing action never runs and its buffers stay, a static nested one runs and its
 * buffers go. Weak references suffice here: an unreleased buffer is strongly reachable from the Cleaner.
 */
class CleanerCaptureTest {
    private static final int OPERATIONS = 200;
    private static final int BUFFER_SIZE = 1024;

    @Test
    void leakySelfCapturingActionNeverRunsAndKeepsItsBuffer() {
        Cleaner cleaner = Cleaner.create();
        ReleaseLedger leaky = new ReleaseLedger();
        WeakReference<byte[]> first = useAndDrop(cleaner, leaky, Buffers::useSelfCapturingCleaner, OPERATIONS);
        // Control on the same Cleaner: static nested actions dropped after the leaky ones do run.
        ReleaseLedger control = new ReleaseLedger();
        useAndDrop(cleaner, control, Buffers::useCleanedWithoutClose, OPERATIONS);
        Finalization.awaitUntil(() -> control.pending() == 0, "the Cleaner thread to run the control actions");

        assertEquals(0, leaky.released(), "a self-capturing action should never run");
        Reachability.assertRetained(first, "a buffer whose Cleaner action captures its owner");
    }

    @Test
    void fixedStaticNestedActionRunsAndFreesItsBuffer() {
        Cleaner cleaner = Cleaner.create();
        ReleaseLedger ledger = new ReleaseLedger();
        WeakReference<byte[]> first = useAndDrop(cleaner, ledger, Buffers::useCleanedWithoutClose, OPERATIONS);
        Finalization.awaitUntil(() -> ledger.pending() == 0, "the Cleaner thread to release every buffer");
        Reachability.assertCollected(first, "a buffer whose static Cleaner action ran");
    }

    @Test
    void leakyCleanerGrowsLinearlyWithOperations() {
        Cleaner cleaner = Cleaner.create();
        ReleaseLedger ledger = new ReleaseLedger();
        long[] sizes = new long[3];
        for (int step = 0, total = 0; step < sizes.length; step++) {
            int more = OPERATIONS << step;
            useAndDrop(cleaner, ledger, Buffers::useSelfCapturingCleaner, more - total);
            total = more;
            sizes[step] = settledSize(cleaner);
        }
        // N, 2N, 4N: the increments N and 2N should cost one and two times the same per-operation size.
        long perOperationFirst = (sizes[1] - sizes[0]) / OPERATIONS;
        long perOperationSecond = (sizes[2] - sizes[1]) / (2L * OPERATIONS);
        assertTrue(perOperationFirst >= BUFFER_SIZE, "each leaked registration keeps at least its buffer, was "
                + perOperationFirst + " B");
        assertEquals(perOperationFirst, perOperationSecond, perOperationFirst / 20.0,
                "growth per operation should be constant: " + Arrays.toString(sizes));
    }

    @Test
    void fixedCleanerStaysBounded() {
        Cleaner cleaner = Cleaner.create();
        ReleaseLedger ledger = new ReleaseLedger();
        useAndDrop(cleaner, ledger, Buffers::useCleanedWithoutClose, OPERATIONS);
        Finalization.awaitUntil(() -> ledger.pending() == 0, "the Cleaner thread to release every buffer");
        long atN = settledSize(cleaner);
        useAndDrop(cleaner, ledger, Buffers::useCleanedWithoutClose, 9 * OPERATIONS);
        Finalization.awaitUntil(() -> ledger.pending() == 0, "the Cleaner thread to release every buffer");
        long atTenN = settledSize(cleaner);
        assertTrue(atTenN < 2 * atN + BUFFER_SIZE,
                "Cleaner size at 10N (" + atTenN + " B) should stay near its size at N (" + atN + " B)");
    }

    private static long settledSize(Cleaner cleaner) {
        FullCollection.run();
        return GraphLayout.parseInstance(cleaner).totalSize();
    }

    /** Runs the operations and returns a weak reference to the first buffer; nothing else survives the frame. */
    private static WeakReference<byte[]> useAndDrop(Cleaner cleaner, ReleaseLedger ledger, ObjIntConsumer<Buffers> use,
            int operations) {
        List<WeakReference<byte[]>> seen = new ArrayList<>();
        Buffers buffers = new Buffers(cleaner, BUFFER_SIZE, ledger, buffer -> {
            if (seen.isEmpty()) {
                seen.add(new WeakReference<>(buffer));
            }
        });
        for (int i = 0; i < operations; i++) {
            use.accept(buffers, i);
        }
        return seen.get(0);
    }
}
