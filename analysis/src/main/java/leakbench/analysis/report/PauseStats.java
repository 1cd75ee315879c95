package leakbench.analysis.report;

/**
 * Pause figures of one benchmark, or of one GC cell over its benchmarks. Times in ms; NaN where not available.
 *
 * @param count        stop-the-world pauses during measurement
 * @param totalMs      their sum
 * @param p50Ms        median pause: exact from pause lists, else the median of the iterations' medians
 * @param p99Ms        99th percentile: exact from pause lists, else the worst iteration's p99
 * @param maxMs        longest pause
 * @param pausedShare  total pause over the nominal measured time
 * @param concurrentMs concurrent GC work, never counted as pause
 * @param mmu1         minimum mutator utilisation at 1 ms windows (the worst fork's); NaN without pause lists
 * @param mmu10        at 10 ms
 * @param mmu100       at 100 ms
 */
public record PauseStats(long count, double totalMs, double p50Ms, double p99Ms, double maxMs, double pausedShare,
                         double concurrentMs, double mmu1, double mmu10, double mmu100) {
}
