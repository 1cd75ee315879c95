package leakbench.finalizers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** JMH sums the readings of the measured iterations: they must add up to the net growth of the backlog. */
class CleanupBacklogTest {
    @Test
    void readingsAddUpToTheNetGrowthOfTheBacklog() {
        CleanupBacklog backlog = new CleanupBacklog();
        ReleaseLedger ledger = backlog.ledger();
        open(ledger, 5);
        assertEquals(5, backlog.backlogGrowth());
        assertEquals(0, backlog.backlogGrowth(), "nothing opened or released since the last reading");
        open(ledger, 3);
        ledger.release(new byte[1]);
        ledger.release(new byte[1]);
        assertEquals(1, backlog.backlogGrowth());
        ledger.release(new byte[1]);
        assertEquals(-1, backlog.backlogGrowth(), "a shrinking backlog reads negative");
        assertEquals(5, ledger.pending());
    }

    private static void open(ReleaseLedger ledger, int count) {
        for (int i = 0; i < count; i++) {
            ledger.recordOpened();
        }
    }
}
