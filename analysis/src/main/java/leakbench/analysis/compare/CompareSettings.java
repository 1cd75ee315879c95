package leakbench.analysis.compare;

import java.util.List;
import java.util.Set;

import leakbench.analysis.model.Metric;

/**
 * How to compare.
 *
 * @param threshold relative change below which a significant change is "within noise" (0.05 for 5%)
 * @param alpha     false-alarm level of the whole comparison: Holm-adjusted p-values below it are significant
 * @param metrics   metric names to compare; {@link Metric#PRIMARY} is the primary score
 */
public record CompareSettings(double threshold, double alpha, List<String> metrics) {

    public static final double DEFAULT_THRESHOLD = 0.05;
    public static final double DEFAULT_ALPHA = 0.01;
    public static final List<String> DEFAULT_METRICS = List.of(
            Metric.PRIMARY, "gc.alloc.rate.norm", "heap.retained.norm", "gc.pause.p99", "gc.pause.total");

    /**
     * Allocation and retention per operation are nearly deterministic: their iterations often have no variance at
     * all, so a change counts when it exceeds max(threshold, {@value #MIN_BYTES_CHANGE} B/op) even without a
     * significant test.
     */
    public static final Set<String> NEARLY_DETERMINISTIC = Set.of("gc.alloc.rate.norm", "heap.retained.norm");
    public static final double MIN_BYTES_CHANGE = 8.0;
    public static final String RETAINED_NORM = "heap.retained.norm";
    /** Jitter of the live heap between two readings, per iteration (the report's growth noise floor). */
    public static final double RETAINED_NOISE_PER_ITERATION = leakbench.analysis.report.Verdict.NOISE_BYTES_PER_ITERATION;

    public CompareSettings {
        metrics = List.copyOf(metrics);
        if (!(threshold >= 0 && threshold < 10)) {
            throw new IllegalArgumentException("threshold must be between 0% and 1000%");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1");
        }
        if (metrics.isEmpty() || metrics.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("--metrics needs metric names, such as score,gc.alloc.rate.norm");
        }
    }

    public static CompareSettings defaults() {
        return new CompareSettings(DEFAULT_THRESHOLD, DEFAULT_ALPHA, DEFAULT_METRICS);
    }
}
