package leakbench.analysis.report;

import java.util.Optional;

/** Whether a variant keeps memory per call, decided from the confidence interval of its retained bytes per call. */
public enum Verdict {
    LEAK, BOUNDED, INCONCLUSIVE;

    /** Less than this per call is less than one small object every other call: not counted as growth. */
    public static final double THRESHOLD_BYTES_PER_CALL = 8;

    /** The rule, in the one sentence every report prints. */
    public static final String RULE = "LEAK when the whole 95% confidence interval of retained bytes per call lies"
            + " above 8 B, BOUNDED when it lies wholly below 8 B, INCONCLUSIVE when it contains 8 B or could not be"
            + " estimated (fewer than 3 measurements, or none finite).";

    static Verdict of(Optional<Slope> perCall) {
        if (perCall.isEmpty()) {
            return INCONCLUSIVE;
        }
        Slope s = perCall.get();
        if (s.low() > THRESHOLD_BYTES_PER_CALL) {
            return LEAK;
        }
        return s.high() < THRESHOLD_BYTES_PER_CALL ? BOUNDED : INCONCLUSIVE;
    }
}
