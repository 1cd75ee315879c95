package leakbench.analysis.report;

import java.util.Optional;

/** Whether a variant keeps memory per call, decided from the confidence interval of its retained bytes per call. */
public enum Verdict {
    LEAK, BOUNDED, INCONCLUSIVE;

    /** Less than this per call is less than one small object every other call: not counted as growth. */
    public static final double MIN_BYTES_PER_CALL = 8;

    /**
     * Growth per iteration that is not the benchmark's: the live heap after a full collection drifts by some tens of
     * KB per iteration whatever the benchmark does (JIT, class data, the profilers' own JFR stream); the committed
     * fixture's fixed variants drift by up to 34 KB per iteration while its leaky ones grow by 6 to 10 MB.
     */
    public static final double NOISE_BYTES_PER_ITERATION = 64 * 1024;

    /**
     * The drift the verdict allows per iteration: more than {@link #NOISE_BYTES_PER_ITERATION}, because a fork's first
     * iterations after a single warm-up ({@code --quick}) drift further: G1's usage after a full collection grew by
     * 152, 165, 181 and 241 KB in the first measured iterations of FillingBathtubBenchmark.fixedFill while its class
     * histogram (reachable objects only) grew by 3 KB (results/verdicts-quick-g1, results/verdicts-workflow-g1). With
     * one call per iteration that drift is the whole per-call floor. 512 KiB is twice the largest drift seen and an
     * eighth of the smallest leak per iteration in the suite (WeakListenerPurgeBenchmark, 3.9 MB).
     */
    public static final double VERDICT_NOISE_BYTES_PER_ITERATION = 512 * 1024;

    /** The rule, in the one sentence every report prints. */
    public static final String RULE = "LEAK when the whole 95% confidence interval of retained bytes per call lies"
            + " above the noise floor max(8 B, 512 KiB / calls per measurement iteration), BOUNDED when it lies"
            + " wholly below it, INCONCLUSIVE when it contains the floor or could not be estimated (fewer than 2"
            + " measurements, or none finite).";

    /** The noise floor in bytes per call for iterations of {@code callsPerIteration} calls. */
    static double floor(double callsPerIteration) {
        return callsPerIteration > 0 && Double.isFinite(callsPerIteration)
                ? Math.max(MIN_BYTES_PER_CALL, VERDICT_NOISE_BYTES_PER_ITERATION / callsPerIteration)
                : MIN_BYTES_PER_CALL;
    }

    static Verdict of(Optional<Slope> perCall, double floorBytesPerCall) {
        if (perCall.isEmpty()) {
            return INCONCLUSIVE;
        }
        Slope s = perCall.get();
        if (s.low() > floorBytesPerCall) {
            return LEAK;
        }
        return s.high() < floorBytesPerCall ? BOUNDED : INCONCLUSIVE;
    }
}
