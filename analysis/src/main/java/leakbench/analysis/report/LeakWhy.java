package leakbench.analysis.report;

import java.util.List;

import leakbench.analysis.model.GcCell;

/**
 * Why one LEAK row leaks, from the trace files HeapGrowthProfiler writes with {@code trace=true}: what grows per
 * call and the path from a GC root that keeps it.
 *
 * @param variant       scenario, method and params of the LEAK row
 * @param cell          its GC cell
 * @param types         the types that grow with the calls, most bytes per call first (mean over the traced forks)
 * @param explained     the listed types' bytes per call over the row's retained bytes per call (NaN when unknown)
 * @param path          the shortest strong path from a GC root to sampled instances of the fastest-growing type,
 *                      harness steps marked {@code [harness]}; empty when there is none
 * @param pathType      the type whose instances the path leads to
 * @param sharing       how many of the sampled instances share that path
 * @param sampled       how many instances were sampled
 * @param reason        why there are no types or no path (no trace file, dump skipped...); empty otherwise
 * @param forks         trace files found for the row
 */
public record LeakWhy(Variant variant, GcCell cell, List<GrowingType> types, double explained, String path,
                      String pathType, int sharing, int sampled, String reason, int forks) {

    public LeakWhy {
        types = List.copyOf(types);
    }

    /** One growing type, per call. */
    public record GrowingType(String type, double instancesPerCall, double bytesPerCall) {
    }
}
