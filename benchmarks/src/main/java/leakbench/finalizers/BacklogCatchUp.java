package leakbench.finalizers;

import leakbench.profile.FullCollection;

/**
 * Lets the Cleaner thread catch up with the iteration's releases before the iteration ends, for a variant whose
 * releases do run ({@code CleanerCaptureBenchmark.fixedStaticNestedAction}). Without it the retained heap read at
 * the end of an iteration includes however much of the iteration's 10 MB of released buffers the Cleaner thread
 * has not got to yet: on a busy machine (a CI runner, five other JVMs on two cores) that is anything from nothing
 * to all of it, and the verdict turned INCONCLUSIVE ([-174 B, 127 B] per call against an 8 B floor) on the
 * pull-request workflow's short runs. A backlog that drains is not a leak; this measures what stays.
 *
 * <p>Called by {@link BufferFixture} at the end of each iteration (outside the measured time) of the variants
 * that ask for it: a verified full collection, so that every dropped
 * owner is found phantom reachable, then a wait while the backlog still shrinks (polled every
 * {@value #POLL_MS} ms, given up after {@value #IDLE_POLLS} polls without progress or {@value #MAX_WAIT_MS} ms in
 * all), twice. The collections are recorded as forced ones, so pause profilers leave them out.
 */
final class BacklogCatchUp {
    static final int POLL_MS = 10;
    static final int IDLE_POLLS = 20;
    static final long MAX_WAIT_MS = 10_000;
    private static final int PASSES = 2;

    private final ReleaseLedger ledger;

    BacklogCatchUp(ReleaseLedger ledger) {
        this.ledger = ledger;
    }

    void catchUp() throws InterruptedException {
        for (int pass = 0; pass < PASSES && ledger.pending() > 0; pass++) {
            FullCollection.run();
            waitWhileShrinking();
        }
    }

    private void waitWhileShrinking() throws InterruptedException {
        long last = ledger.pending();
        long deadline = System.nanoTime() + MAX_WAIT_MS * 1_000_000;
        for (int idle = 0; last > 0 && idle < IDLE_POLLS && System.nanoTime() < deadline; ) {
            Thread.sleep(POLL_MS);
            long now = ledger.pending();
            idle = now < last ? 0 : idle + 1;
            last = Math.min(last, now);
        }
    }
}
