package leakbench.analysis.compare;

/**
 * One metric of one result, base against candidate, on one value per fork: the median of the fork's measurement
 * iterations. The candidate's values are converted to the base's unit first.
 *
 * @param metric          metric name ({@code score} for the primary)
 * @param unit            the base's unit
 * @param direction       which way is better
 * @param baseCount       forks of the base with a value; 0 when the metric is missing there
 * @param candidateCount  same for the candidate
 * @param pairs           pairs compared (interleaved input); 0 for two separate runs
 * @param baseMedian      median of the base's fork values; NaN when there are none
 * @param candidateMedian same for the candidate
 * @param ratio           candidate / base: the geometric mean of the pair ratios (paired) or the ratio of the geometric
 *                        means of the fork values (unpaired); NaN when values are not positive or data is missing
 * @param ciLow           lower end of the ratio's 95% t interval; NaN when undefined
 * @param ciHigh          upper end
 * @param pValue          two-sided p of the paired t (or Welch) test on log fork values; NaN without enough data
 * @param pAdjusted       {@code pValue} after Holm's adjustment over every test of the comparison
 * @param separated       every candidate iteration lies beyond every base iteration (or the reverse)
 * @param verdict         the outcome
 */
public record MetricComparison(String metric, String unit, Direction direction, int baseCount, int candidateCount,
                               int pairs, double baseMedian, double candidateMedian, double ratio, double ciLow,
                               double ciHigh, double pValue, double pAdjusted, boolean separated, Verdict verdict) {

    /** candidateMedian - baseMedian, in the base's unit. */
    public double difference() {
        return candidateMedian - baseMedian;
    }

    MetricComparison with(double adjusted, Verdict newVerdict) {
        return new MetricComparison(metric, unit, direction, baseCount, candidateCount, pairs, baseMedian,
                candidateMedian, ratio, ciLow, ciHigh, pValue, adjusted, separated, newVerdict);
    }
}
