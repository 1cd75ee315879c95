package leakbench.finalizers;

import java.lang.ref.Cleaner;

/**
 * The Cleaner trap: the cleanup lambda reads this object's fields, so it captures {@code this}. The Cleaner
 * holds its actions strongly, the action holds the owner, so the owner never becomes phantom reachable: the
 * action never runs and owner and buffer stay in the Cleaner's list for the life of the Cleaner.
 */
public final class SelfCapturingCleanedBuffer {
    private final byte[] buffer;
    private final ReleaseLedger ledger;

    public SelfCapturingCleanedBuffer(Cleaner cleaner, int size, ReleaseLedger ledger) {
        this.buffer = new byte[size];
        this.ledger = ledger;
        ledger.recordOpened();
        // The mistake on purpose: "buffer" and "ledger" here are this.buffer and this.ledger.
        cleaner.register(this, () -> this.ledger.release(this.buffer));
    }

    public byte[] buffer() {
        return buffer;
    }
}
