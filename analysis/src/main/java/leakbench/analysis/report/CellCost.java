package leakbench.analysis.report;

import leakbench.analysis.model.GcCell;

/**
 * The cost of one GC cell over its benchmarks.
 *
 * @param cell         the GC cell
 * @param benchmarks   results in the cell with CPU metrics
 * @param heapMultiple the heap multiple when all its benchmarks share one; NaN otherwise
 * @param gcShare      GC-thread CPU over process CPU, all benchmarks' iterations pooled
 * @param wallOverhead geometric mean over its benchmarks of the wall-time overhead; NaN when none has one
 * @param cpuOverhead  geometric mean over its benchmarks of the CPU overhead
 * @param pauseP99Ms   the worst benchmark's p99 pause; NaN without pause metrics
 */
public record CellCost(GcCell cell, int benchmarks, double heapMultiple, double gcShare, double wallOverhead,
                       double cpuOverhead, double pauseP99Ms) {
}
