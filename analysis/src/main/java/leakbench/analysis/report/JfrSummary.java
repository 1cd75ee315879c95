package leakbench.analysis.report;

import java.util.List;

/**
 * What one JFR recording of a benchmark says about memory (JMH's {@code -prof jfr}, settings {@code profile}).
 *
 * @param benchmark        the benchmark the recording belongs to
 * @param params           its params, {@code k=v} joined by spaces
 * @param file             the recording, relative to the results' directory
 * @param allocationSites  the top allocation sites of the benchmark's threads, heaviest first
 * @param oldObjects       for a benchmark with a LEAK verdict: old-object samples grouped by type and allocation
 *                         site, most samples first; empty otherwise
 * @param rootsRecorded    whether any old-object sample carries its path to a GC root
 */
public record JfrSummary(String benchmark, String params, String file, List<Site> allocationSites,
                         List<Site> oldObjects, boolean rootsRecorded) {

    public JfrSummary {
        allocationSites = List.copyOf(allocationSites);
        oldObjects = List.copyOf(oldObjects);
    }

    /**
     * One line of a top-N table.
     *
     * @param frame    the first stack frame in application code (not {@code java.}, {@code jdk.}, {@code sun.} or
     *                 JMH's generated code), with its line
     * @param type     the allocated or sampled object's type
     * @param amount   sampled bytes (allocation sites) or samples (old objects)
     * @param share    amount over the total of the table's events
     * @param root     old objects: the GC root the path leads to, or empty when the recording has none
     */
    public record Site(String frame, String type, double amount, double share, String root) {
    }
}
