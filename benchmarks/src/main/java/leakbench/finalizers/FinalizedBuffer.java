package leakbench.finalizers;

/**
 * A buffer whose release is left to {@code finalize()}: the seed's {@code __del__}. The JVM keeps it (and its
 * buffer) reachable until the single Finalizer thread has run {@code finalize()}, and reclaims it only at a
 * later collection.
 */
public final class FinalizedBuffer {
    private final byte[] buffer;
    private final ReleaseLedger ledger;

    public FinalizedBuffer(int size, ReleaseLedger ledger) {
        this.buffer = new byte[size];
        this.ledger = ledger;
        ledger.recordOpened();
    }

    public byte[] buffer() {
        return buffer;
    }

    // finalize() is deprecated (for removal since JDK 18, JEP 421); measuring it is this class's purpose.
    @SuppressWarnings({"deprecation", "removal"})
    @Override
    protected void finalize() {
        ledger.release(buffer);
    }
}
