package leakbench.finalizers;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The release ledger of one benchmark thread, exposed to JMH as the secondary result {@code backlogGrowth}: how
 * much the number of buffers opened but not yet released (waiting for the Finalizer or Cleaner thread) grew
 * during the iteration, read when the iteration's last operation returns, before any profiler's collection.
 * JMH sums {@code EVENTS} counters over iterations, so the score is the backlog growth over all measured
 * iterations, and each iteration's raw value is its own growth. Zero under explicit close().
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CleanupBacklog {
    private final ReleaseLedger ledger = new ReleaseLedger();
    private long pendingAtStart;

    @Setup(Level.Iteration)
    public void markIterationStart() {
        pendingAtStart = ledger.pending();
    }

    /** Package-private, so not a counter (JMH reports public numeric fields and methods only). */
    ReleaseLedger ledger() {
        return ledger;
    }

    public long backlogGrowth() {
        return ledger.pending() - pendingAtStart;
    }
}
