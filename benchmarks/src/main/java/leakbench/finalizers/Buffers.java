package leakbench.finalizers;

import java.lang.ref.Cleaner;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * One use of a buffer under each cleanup discipline: open it, fill it, read one byte back, and release it the
 * discipline's way (or leave the release to the runtime). The benchmarks measure these methods and the tests
 * drive them, so both see the same code. A test can pass a witness that sees each buffer as it is opened (to
 * hold a reference object to it); the benchmarks pass none.
 */
public final class Buffers {
    private final Cleaner cleaner;
    private final int size;
    private final ReleaseLedger ledger;
    private final Consumer<byte[]> witness;

    public Buffers(Cleaner cleaner, int size, ReleaseLedger ledger) {
        this(cleaner, size, ledger, buffer -> { });
    }

    public Buffers(Cleaner cleaner, int size, ReleaseLedger ledger, Consumer<byte[]> witness) {
        if (size < 1) {
            throw new IllegalArgumentException("buffer size must be at least 1, was " + size);
        }
        this.cleaner = cleaner;
        this.size = size;
        this.ledger = ledger;
        this.witness = witness;
    }

    public ReleaseLedger ledger() {
        return ledger;
    }

    /** Dropped without release: finalize() releases it, on the Finalizer thread, after a collection. */
    public int useFinalized(int value) {
        return fill(new FinalizedBuffer(size, ledger).buffer(), value);
    }

    /** Dropped without close(): the Cleaner's safety net releases it, on the Cleaner thread, after a collection. */
    public int useCleanedWithoutClose(int value) {
        return fill(new CleanedBuffer(cleaner, size, ledger).buffer(), value);
    }

    /** Closed explicitly; the Cleaner registration is only a safety net and is removed by close(). */
    public int useCleanedAndClosed(int value) {
        try (CleanedBuffer buffer = new CleanedBuffer(cleaner, size, ledger)) {
            return fill(buffer.buffer(), value);
        }
    }

    /** Closed explicitly by try-with-resources; no finalizer or Cleaner involved. */
    public int useTryWithResources(int value) {
        try (ClosedBuffer buffer = new ClosedBuffer(size, ledger)) {
            return fill(buffer.buffer(), value);
        }
    }

    /** Dropped without close(), with a Cleaner action that captures its owner: the release never runs. */
    public int useSelfCapturingCleaner(int value) {
        return fill(new SelfCapturingCleanedBuffer(cleaner, size, ledger).buffer(), value);
    }

    private int fill(byte[] buffer, int value) {
        witness.accept(buffer);
        Arrays.fill(buffer, (byte) value);
        return buffer[Math.floorMod(value, buffer.length)];
    }
}
