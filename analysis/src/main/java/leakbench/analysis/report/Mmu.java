package leakbench.analysis.report;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Minimum mutator utilisation (Cheng and Blelloch, PLDI 2001): over every window of a given length inside a run,
 * the smallest fraction of the window in which the application ran rather than paused.
 */
public final class Mmu {

    private final double[] starts;
    private final double[] ends;
    /** prefix[i] = total pause time of pauses 0..i-1. */
    private final double[] prefix;
    private final double from;
    private final double to;

    /** Pauses of one run (they must not overlap, as stop-the-world pauses cannot), between {@code from} and {@code to}. */
    public Mmu(List<Pause> pauses, double fromMs, double toMs) {
        Pause[] sorted = pauses.toArray(new Pause[0]);
        Arrays.sort(sorted, Comparator.comparingDouble(Pause::startMs));
        starts = new double[sorted.length];
        ends = new double[sorted.length];
        prefix = new double[sorted.length + 1];
        for (int i = 0; i < sorted.length; i++) {
            starts[i] = sorted[i].startMs();
            ends[i] = sorted[i].startMs() + sorted[i].durationMs();
            prefix[i + 1] = prefix[i] + sorted[i].durationMs();
        }
        from = fromMs;
        to = toMs;
    }

    /** MMU for windows of {@code windowMs}; a run shorter than the window is one window from its start. */
    public double at(double windowMs) {
        double lastStart = Math.max(from, to - windowMs);
        double worst = 0;
        // The worst window starts where a pause starts or ends where a pause ends.
        for (int i = 0; i < starts.length; i++) {
            worst = Math.max(worst, pausedIn(clamp(starts[i], lastStart), windowMs));
            worst = Math.max(worst, pausedIn(clamp(ends[i] - windowMs, lastStart), windowMs));
        }
        return Math.max(0, 1 - worst / windowMs);
    }

    private double clamp(double windowStart, double lastStart) {
        return Math.min(Math.max(windowStart, from), lastStart);
    }

    private double pausedIn(double a, double w) {
        return pausedBefore(a + w) - pausedBefore(a);
    }

    /** Total pause time before instant t. */
    private double pausedBefore(double t) {
        int i = upperBound(starts, t); // pauses 0..i-1 started at or before t
        if (i == 0) {
            return 0;
        }
        return prefix[i - 1] + Math.min(ends[i - 1], t) - starts[i - 1];
    }

    private static int upperBound(double[] a, double key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
