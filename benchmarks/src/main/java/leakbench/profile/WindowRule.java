package leakbench.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The one rule that says which GC work belongs to a measured window. {@link GcEventStream} applies it to the
 * events it streams in-process, and the profiler's test applies the same rule to an independent recording of
 * the same fork, so the two can only disagree when delivery lost, duplicated or misplaced an event.
 *
 * <ul>
 *   <li>The window runs from the profiler's begin mark to its end mark, both inclusive, on JFR's clock.</li>
 *   <li>A pause belongs to the window in which it <b>starts</b>, even if it ends after the window (a pause that
 *       straddles the end is counted whole, in the window where it began, and never again).</li>
 *   <li>A pause or concurrent phase that starts inside a forced-collection span ({@link ForcedCollectionEvent},
 *       start and end inclusive) is never the benchmark's, wherever the span lies.</li>
 *   <li>Concurrent time is the union of the remaining concurrent phases, clipped to the window: a phase running
 *       across the end counts its part before the end here and the rest in the next window.</li>
 * </ul>
 *
 * @param from the begin mark's time
 * @param to the end mark's time
 * @param forcedSpans forced-collection spans that may touch the window (others are harmless)
 */
record WindowRule(Instant from, Instant to, List<GcPause> forcedSpans) {

    /** True when a pause that started at {@code start} is counted in this window. */
    boolean countsPause(Instant start) {
        return !start.isBefore(from) && !start.isAfter(to) && !forced(start);
    }

    /** True when a phase (pause or concurrent) that started at {@code start} belongs to a forced collection. */
    boolean forced(Instant start) {
        for (GcPause span : forcedSpans) {
            if (!start.isBefore(span.start()) && !start.isAfter(span.end())) {
                return true;
            }
        }
        return false;
    }

    /** The pauses counted in this window, in the order given. */
    List<GcPause> pauses(List<GcPause> candidates) {
        List<GcPause> counted = new ArrayList<>();
        for (GcPause pause : candidates) {
            if (countsPause(pause.start())) {
                counted.add(pause);
            }
        }
        return counted;
    }

    /** Wall time inside the window covered by at least one concurrent phase not started by a forced collection. */
    Duration concurrentTime(List<GcPause> phases) {
        List<GcPause> benchmarkPhases = new ArrayList<>();
        for (GcPause phase : phases) {
            if (!forced(phase.start())) {
                benchmarkPhases.add(phase);
            }
        }
        return ConcurrentTime.union(benchmarkPhases, from, to);
    }
}
