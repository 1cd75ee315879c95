package leakbench.analysis.report;

import leakbench.analysis.model.GcCell;

/**
 * Stop-the-world pauses of one benchmark in one GC cell, over all measurement iterations of all forks.
 *
 * @param variant         scenario, method and params
 * @param cell            the GC cell
 * @param stats           the pause figures
 * @param fromPauseLists  whether percentiles and MMU come from full pause lists
 * @param measuredSeconds nominal wall time of the measurement iterations; NaN when unknown
 * @param score           the primary score (throughput or time, see {@code scoreUnit})
 * @param scoreUnit       its unit
 */
public record PauseRow(Variant variant, GcCell cell, PauseStats stats, boolean fromPauseLists,
                       double measuredSeconds, double score, String scoreUnit) {
}
