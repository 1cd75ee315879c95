package leakbench.analysis.report;

import java.util.List;

import leakbench.analysis.model.GcCell;

/**
 * The pauses of one GC cell over all its benchmarks, and its cost relative to the other cells.
 *
 * @param cell          the GC cell
 * @param benchmarks    results in the cell with pause metrics
 * @param stats         pause figures pooled over them (MMU: the worst benchmark's)
 * @param relativeCost  geometric mean over the benchmarks common to all cells of this JDK of time per call
 *                      divided by the best cell's; 1.00 is best in every benchmark; NaN when none is common
 * @param percentiles   points {@code [percentile, ms]} for the percentile chart
 */
public record CellPauses(GcCell cell, int benchmarks, PauseStats stats, double relativeCost,
                         List<double[]> percentiles) {

    public CellPauses {
        percentiles = List.copyOf(percentiles);
    }
}
