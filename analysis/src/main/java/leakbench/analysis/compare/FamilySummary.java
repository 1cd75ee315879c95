package leakbench.analysis.compare;

/**
 * The geometric mean of candidate/base ratios of one metric over a family's results (those with a verdict and a
 * positive ratio). The geometric mean is the one average of ratios that treats a halving and a doubling alike.
 */
public record FamilySummary(String family, String metric, Direction direction, int results, double geometricMean) {
}
