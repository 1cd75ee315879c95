package leakbench.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class MmuTest {

    @Test
    void noPausesMeansFullUtilisation() {
        assertEquals(1.0, new Mmu(List.of(), 0, 1000).at(10), 1e-12);
    }

    @Test
    void aWindowInsideOnePauseHasZeroUtilisation() {
        Mmu mmu = new Mmu(List.of(new Pause(100, 5)), 0, 1000);
        assertEquals(0.0, mmu.at(1), 1e-12);
        assertEquals(0.5, mmu.at(10), 1e-12);
        assertEquals(0.95, mmu.at(100), 1e-12);
    }

    @Test
    void theWorstWindowCoversSeveralPauses() {
        // 2 ms pauses at 10, 14, 18: a 10 ms window from 10 to 20 holds all three (6 ms).
        Mmu mmu = new Mmu(List.of(new Pause(18, 2), new Pause(10, 2), new Pause(14, 2)), 0, 1000);
        assertEquals(0.4, mmu.at(10), 1e-12);
        assertEquals(1 - 6.0 / 100, mmu.at(100), 1e-12);
    }

    @Test
    void windowsStayInsideTheRun() {
        // A pause at the very start: windows cannot begin before the run, so a 10 ms window holds all 4 ms.
        Mmu mmu = new Mmu(List.of(new Pause(0, 4)), 0, 50);
        assertEquals(0.6, mmu.at(10), 1e-12);
        // A run shorter than the window is one window from its start.
        assertEquals(0.96, mmu.at(100), 1e-12);
    }
}
