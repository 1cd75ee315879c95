package leakbench.finalizers;

import java.lang.ref.Cleaner;

/**
 * A buffer released by {@link #close()}, with a {@link Cleaner} as safety net for callers that forget to close
 * it. The cleanup action is a static nested record that refers to the buffer and the ledger but never to the
 * {@code CleanedBuffer}, so the owner can become phantom reachable and the action can run.
 */
public final class CleanedBuffer implements AutoCloseable {
    private final byte[] buffer;
    private final Cleaner.Cleanable cleanable;

    public CleanedBuffer(Cleaner cleaner, int size, ReleaseLedger ledger) {
        this.buffer = new byte[size];
        ledger.recordOpened();
        this.cleanable = cleaner.register(this, new Release(buffer, ledger));
    }

    public byte[] buffer() {
        return buffer;
    }

    /** Releases now, on this thread, and unregisters from the Cleaner; the action runs at most once. */
    @Override
    public void close() {
        cleanable.clean();
    }

    /** Static (records are implicitly static): holds what the cleanup needs, not the owner. */
    private record Release(byte[] buffer, ReleaseLedger ledger) implements Runnable {
        @Override
        public void run() {
            ledger.release(buffer);
        }
    }
}
