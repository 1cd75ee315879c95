package leakbench.analysis.report;

import leakbench.analysis.model.GcCell;

/**
 * What one benchmark cost in one GC cell, per call, from CpuProfiler (and GcPauseProfiler for the wall-time side).
 * Times in ns per call; NaN where not available.
 *
 * @param variant       scenario, method and params
 * @param cell          the GC cell
 * @param heapMultiple  the cell's heap over the benchmark's minimum heap (from run.json); NaN when unknown
 * @param wallNs        wall time per call (the primary score)
 * @param cpuNs         CPU time of the whole process per call ({@code cpu.process.norm})
 * @param gcCpuNs       CPU time of the GC's threads per call ({@code cpu.gc.norm})
 * @param gcShare       GC-thread CPU over process CPU, summed over all measurement iterations
 * @param pausedShare   stop-the-world pause time over measured wall time (0 under Epsilon); NaN without pauses
 * @param pauseP99Ms    99th percentile pause of the benchmark in the cell; NaN without pause metrics
 * @param distilledWallNs wall time per call minus its share of pause time
 * @param distilledCpuNs  CPU per call minus GC-thread CPU per call
 * @param wallOverhead  wall time per call over the benchmark's wall baseline (see {@link CostAnalysis#RULE})
 * @param cpuOverhead   CPU per call over the benchmark's CPU baseline
 * @param wallBaseline  the cell that set the wall baseline, as a label; empty when none
 * @param cpuBaseline   the cell that set the CPU baseline
 */
public record CostRow(Variant variant, GcCell cell, double heapMultiple, double wallNs, double cpuNs, double gcCpuNs,
                      double gcShare, double pausedShare, double pauseP99Ms, double distilledWallNs,
                      double distilledCpuNs, double wallOverhead, double cpuOverhead, String wallBaseline,
                      String cpuBaseline) {
}
