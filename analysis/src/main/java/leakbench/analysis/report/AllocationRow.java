package leakbench.analysis.report;

import leakbench.analysis.model.GcCell;

/**
 * Bytes allocated per call by one variant in one GC cell ({@code gc.alloc.rate.norm} divided by the batch size).
 *
 * @param variant      scenario, method and params
 * @param cell         the GC cell
 * @param bytesPerCall mean over all iterations of all forks; NaN when no finite value
 * @param low          lower end of the 95% confidence interval; NaN with fewer than two values
 * @param high         upper end
 * @param measurements finite iteration values
 */
public record AllocationRow(Variant variant, GcCell cell, double bytesPerCall, double low, double high,
                            int measurements) {
}
