package leakbench.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConcurrentTimeTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static GcPause phase(long startMs, long lengthMs) {
        return new GcPause(T0.plusMillis(startMs), Duration.ofMillis(lengthMs), 1, "phase");
    }

    @Test
    void overlappingAndDuplicatedPhasesCountOnce() {
        // Shenandoah-style duplicate (0-10 twice), an overlap (5-15), a separate phase (20-25).
        List<GcPause> phases = List.of(phase(0, 10), phase(0, 10), phase(5, 10), phase(20, 5));
        assertEquals(Duration.ofMillis(20), ConcurrentTime.union(phases, T0, T0.plusMillis(100)));
    }

    @Test
    void phasesAreClippedToTheWindow() {
        List<GcPause> phases = List.of(phase(0, 10), phase(40, 20));
        assertEquals(Duration.ofMillis(5 + 10), ConcurrentTime.union(phases, T0.plusMillis(5), T0.plusMillis(50)));
    }

    @Test
    void csvFieldsWithCommasOrQuotesAreQuoted() {
        assertEquals("Pause Remark", PauseListFile.csv("Pause Remark"));
        assertEquals("\"a,b\"", PauseListFile.csv("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", PauseListFile.csv("say \"hi\""));
    }
}
