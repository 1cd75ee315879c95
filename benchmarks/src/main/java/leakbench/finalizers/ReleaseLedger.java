package leakbench.finalizers;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.CRC32;

/**
 * Counts buffers opened and released, so that a run can report how many are still waiting for their cleanup
 * (the backlog), and does the release itself: the same flush work (a CRC32 over the buffer) whichever thread
 * runs it, be it the caller, the Finalizer thread or a Cleaner thread. Thread-safe.
 */
public final class ReleaseLedger {
    private final AtomicLong opened = new AtomicLong();
    private final AtomicLong released = new AtomicLong();
    /** Sum of the flush checksums: keeps the flush work observable, so the JIT cannot drop it. */
    private final LongAdder flushed = new LongAdder();

    void recordOpened() {
        opened.incrementAndGet();
    }

    /** The cleanup every variant performs: flush the buffer (checksum it) and count the release. */
    void release(byte[] buffer) {
        CRC32 crc = new CRC32();
        crc.update(buffer);
        flushed.add(crc.getValue());
        released.incrementAndGet();
    }

    public long opened() {
        return opened.get();
    }

    public long released() {
        return released.get();
    }

    /** Buffers opened whose release has not run yet: the backlog of cleanups. */
    public long pending() {
        // Read released first: a release racing with this read can only make the result too high by the race,
        // never negative.
        long done = released.get();
        return opened.get() - done;
    }
}
