package leakbench.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EveryNthTest {
    @Test
    void runsTheActionOnEveryNthTickOnly() {
        AtomicInteger runs = new AtomicInteger();
        EveryNth every100 = new EveryNth(100, runs::incrementAndGet);
        for (int tick = 1; tick < 100; tick++) {
            assertFalse(every100.tick());
        }
        assertTrue(every100.tick(), "the 100th tick runs the action");
        for (int tick = 101; tick <= 1000; tick++) {
            every100.tick();
        }
        assertEquals(10, runs.get(), "1,000 ticks, every 100th: 10 runs");
    }

    @Test
    void rejectsAnIntervalBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new EveryNth(0, () -> { }));
    }
}
