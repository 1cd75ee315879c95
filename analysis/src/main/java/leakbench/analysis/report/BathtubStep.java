package leakbench.analysis.report;

/**
 * One measured step of a bathtub run, as the cell's log printed it.
 *
 * @param iteration     measurement iteration, 1-based
 * @param stepMs        the step's time (the primary score, in ms)
 * @param liveShare     the live heap at the step's end ({@code heap.retained}) over the cell's {@code -Xmx}
 * @param pauseMs       stop-the-world pause time in the step ({@code gc.pause.total}); NaN without it
 * @param pauses        stop-the-world pauses in the step ({@code gc.pause.count}); NaN without it
 */
public record BathtubStep(int iteration, double stepMs, double liveShare, double pauseMs, double pauses) {
}
