package leakbench.analysis.report;

import java.util.List;

import leakbench.analysis.model.GcCell;

/**
 * The pauses of one GC cell over all its benchmarks, and its cost relative to the other cells.
 *
 * @param cell          the GC cell
 * @param benchmarks    results in the cell with pause metrics
 * @param count         pauses
 * @param totalMs       their sum
 * @param p50Ms         median pause (see {@link PauseRow#p50Ms()} for how it is pooled)
 * @param p99Ms         99th percentile
 * @param maxMs         longest pause
 * @param pausedShare   total pause over total measured time; NaN when unknown
 * @param concurrentMs  concurrent GC time; NaN without the metric
 * @param mmu1          worst MMU at 1 ms over the cell's benchmarks; NaN without pause lists
 * @param mmu10         at 10 ms
 * @param mmu100        at 100 ms
 * @param relativeCost  geometric mean over the benchmarks common to all cells of this JDK of time per call
 *                      divided by the best cell's; 1.00 is the cheapest cell; NaN when no benchmark is common
 * @param percentiles   points {@code [percentile, ms]} for the percentile chart
 */
public record CellPauses(GcCell cell, int benchmarks, long count, double totalMs, double p50Ms, double p99Ms,
                         double maxMs, double pausedShare, double concurrentMs, double mmu1, double mmu10,
                         double mmu100, double relativeCost, List<double[]> percentiles) {

    public CellPauses {
        percentiles = List.copyOf(percentiles);
    }
}
