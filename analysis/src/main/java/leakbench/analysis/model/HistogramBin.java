package leakbench.analysis.model;

/** One bin of a sample-mode iteration histogram: {@code count} samples measured as {@code value}. */
public record HistogramBin(double value, long count) {
}
