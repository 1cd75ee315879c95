package leakbench.analysis.compare;

import leakbench.analysis.model.Metric;
import leakbench.analysis.model.Mode;

/** Which way a metric improves. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /**
     * The primary score follows the mode (throughput up is good; average, sample and single-shot time down is good).
     * A secondary metric follows its unit: operations per time unit ({@code ops/s}, as {@code @AuxCounters} and
     * {@code @Group} members write) is better higher; everything else this suite measures (bytes, B/op, ms of pause,
     * counts, time per op) is better lower.
     */
    static Direction of(Mode mode, String metricName, String unit) {
        if (Metric.PRIMARY.equals(metricName)) {
            return mode.higherIsBetter() ? HIGHER_IS_BETTER : LOWER_IS_BETTER;
        }
        return unit.startsWith("ops/") ? HIGHER_IS_BETTER : LOWER_IS_BETTER;
    }
}
