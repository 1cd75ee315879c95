package leakbench.finalizers;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The release ledger of one benchmark thread, exposed to JMH as the secondary result {@code backlogGrowth}: how
 * much the backlog (buffers opened whose release has not run yet, waiting for a collection and then for the
 * Finalizer or Cleaner thread) grew since the previous iteration's reading. JMH reads it once per iteration,
 * right after the iteration's last operation and before any profiler's collection, and sums {@code EVENTS}
 * counters over the measured iterations: the score is the net backlog growth over the measurement, each raw
 * value one iteration's share. Zero under explicit close().
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CleanupBacklog {
    private final ReleaseLedger ledger = new ReleaseLedger();
    private long pendingAtLastReading;

    /** Package-private, so not a counter (JMH reports public numeric fields and methods only). */
    ReleaseLedger ledger() {
        return ledger;
    }

    /** Called by JMH once per iteration (warmup included); each call starts the next iteration's share. */
    public long backlogGrowth() {
        long pending = ledger.pending();
        long growth = pending - pendingAtLastReading;
        pendingAtLastReading = pending;
        return growth;
    }
}
