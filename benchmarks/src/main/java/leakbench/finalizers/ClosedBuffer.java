package leakbench.finalizers;

/**
 * A buffer with nothing but {@link #close()}: the seed's context manager ({@code with Resource() as r}), in Java
 * try-with-resources. No finalizer, no Cleaner registration: once closed and dropped it is ordinary garbage.
 */
public final class ClosedBuffer implements AutoCloseable {
    private final byte[] buffer;
    private final ReleaseLedger ledger;
    private boolean closed;

    public ClosedBuffer(int size, ReleaseLedger ledger) {
        this.buffer = new byte[size];
        this.ledger = ledger;
        ledger.recordOpened();
    }

    public byte[] buffer() {
        return buffer;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            ledger.release(buffer);
        }
    }
}
