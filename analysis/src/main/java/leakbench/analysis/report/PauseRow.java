package leakbench.analysis.report;

import leakbench.analysis.model.GcCell;

/**
 * Stop-the-world pauses of one benchmark in one GC cell, over all measurement iterations of all forks. Times in ms.
 *
 * @param variant         scenario, method and params
 * @param cell            the GC cell
 * @param count           pauses
 * @param totalMs         their sum
 * @param p50Ms           median pause: exact from pause lists, else the median of the iterations' medians
 * @param p99Ms           99th percentile: exact from pause lists, else the worst iteration's p99
 * @param maxMs           longest pause
 * @param fromPauseLists  whether percentiles and MMU come from full pause lists
 * @param measuredSeconds wall time of the measurement iterations; NaN when unknown
 * @param pausedShare     totalMs over the measured time; NaN when unknown
 * @param concurrentMs    concurrent GC work, never counted as pause; NaN without the metric
 * @param mmu1            minimum mutator utilisation at 1 ms windows; NaN without pause lists
 * @param mmu10           at 10 ms
 * @param mmu100          at 100 ms
 * @param score           the primary score (throughput or time, see {@code scoreUnit})
 * @param scoreUnit       its unit
 */
public record PauseRow(Variant variant, GcCell cell, long count, double totalMs, double p50Ms, double p99Ms,
                       double maxMs, boolean fromPauseLists, double measuredSeconds, double pausedShare,
                       double concurrentMs, double mmu1, double mmu10, double mmu100, double score,
                       String scoreUnit) {
}
