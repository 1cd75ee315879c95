package leakbench.analysis.compare;

/**
 * One metric of one result, base against candidate. Medians and counts are over the finite per-iteration values
 * of all forks; the candidate's values are converted to the base's unit first.
 *
 * @param metric          metric name ({@code score} for the primary)
 * @param unit            the base's unit
 * @param direction       which way is better
 * @param baseCount       finite iterations of the base (all forks); 0 when the metric is missing there
 * @param candidateCount  same for the candidate
 * @param baseMedian      NaN when there are no values
 * @param candidateMedian NaN when there are no values
 * @param ratio           candidateMedian / baseMedian; NaN when the base median is not positive or data is missing
 * @param ciLow           lower end of the 95% bootstrap interval of the ratio; NaN when undefined
 * @param ciHigh          upper end; NaN when undefined
 * @param pValue          two-sided Mann-Whitney U p-value; NaN without enough data
 * @param separated       every candidate iteration lies beyond every base iteration (or the reverse)
 * @param verdict         the outcome
 */
public record MetricComparison(String metric, String unit, Direction direction, int baseCount, int candidateCount,
                               double baseMedian, double candidateMedian, double ratio, double ciLow,
                               double ciHigh, double pValue, boolean separated, Verdict verdict) {

    /** candidateMedian - baseMedian, in the base's unit. */
    public double difference() {
        return candidateMedian - baseMedian;
    }
}
