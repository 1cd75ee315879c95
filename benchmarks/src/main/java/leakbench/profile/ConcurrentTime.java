package leakbench.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Wall time during which concurrent GC work ran inside a window: the union of the phases, clipped to the
 * window. A union, not a sum, because phases overlap: Shenandoah reports some phases twice (an outer and an
 * inner timer, both as top-level {@code jdk.GCPhaseConcurrent}), and generational ZGC runs minor and major
 * cycles at the same time.
 */
final class ConcurrentTime {
    private ConcurrentTime() {
    }

    static Duration union(List<GcPause> phases, Instant from, Instant to) {
        List<GcPause> sorted = new ArrayList<>(phases);
        sorted.sort(Comparator.comparing(GcPause::start));
        Duration total = Duration.ZERO;
        Instant coveredUntil = from;
        for (GcPause phase : sorted) {
            Instant start = max(phase.start(), coveredUntil);
            Instant end = min(phase.end(), to);
            if (start.isBefore(end)) {
                total = total.plus(Duration.between(start, end));
                coveredUntil = end;
            }
        }
        return total;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
