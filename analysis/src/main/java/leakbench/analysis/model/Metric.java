package leakbench.analysis.model;

import java.util.List;

/**
 * One JMH metric of one benchmark result: the primary score or a secondary metric.
 *
 * @param name       metric name; for secondary metrics normalised to the JMH 1.37 spelling (the "·" that older
 *                   JMH put before profiler metrics is removed, e.g. {@code gc.alloc.rate.norm}; the "·" before
 *                   percentile suffixes becomes ":", e.g. {@code method:p0.99}); {@code "score"} for the primary
 * @param unit       unit as JMH wrote it ({@code ops/ms}, {@code ns/op}, {@code B/op}, {@code ms}, {@code #}...)
 * @param score      JMH's score (the mean over all iterations of all forks); may be NaN or infinite
 * @param scoreError JMH's error (half-width of a 99.9% t interval, forks pooled); NaN when JMH gave none
 * @param rawData    per fork, per measurement iteration, the iteration's value (for sample mode with a
 *                   histogram: the mean of that iteration's samples). Values may be NaN. A fork may have fewer
 *                   iterations than another (JMH drops missing secondary values); lists may be empty.
 * @param histogram  sample mode only: per fork, per iteration, the sample histogram; empty otherwise
 */
public record Metric(String name, String unit, double score, double scoreError,
                     List<List<Double>> rawData, List<List<List<HistogramBin>>> histogram) {

    public Metric {
        rawData = rawData.stream().map(List::copyOf).toList();
        histogram = histogram.stream().map(fork -> fork.stream().map(List::copyOf).toList()).toList();
    }

    /** The name of the primary metric in this model. */
    public static final String PRIMARY = "score";

    /** All finite iteration values of all forks, fork after fork. */
    public double[] finiteValues() {
        return rawData.stream().flatMap(List::stream)
                .mapToDouble(Double::doubleValue).filter(Double::isFinite).toArray();
    }

    /** Finite iteration values grouped by fork; forks without any finite value are left out. */
    public List<double[]> finiteValuesByFork() {
        return rawData.stream()
                .map(fork -> fork.stream().mapToDouble(Double::doubleValue).filter(Double::isFinite).toArray())
                .filter(values -> values.length > 0)
                .toList();
    }
}
