package leakbench.analysis.compare;

/** The outcome of one metric's comparison, in words like criterion.rs's. */
public enum Verdict {
    /** Significant and beyond the threshold, in the better direction. */
    IMPROVED("improved"),
    /** Significant and beyond the threshold, in the worse direction. */
    REGRESSED("regressed"),
    /** Significant, but the change is within the threshold. */
    WITHIN_NOISE("within noise"),
    /** No significant difference. */
    UNCHANGED("unchanged"),
    /** Fewer than two forks (pairs) with a value on a side, or the metric is missing on one side: no verdict. */
    INSUFFICIENT_DATA("insufficient data"),
    /** The two sides use units that cannot be converted into each other. */
    INCOMPARABLE_UNITS("units differ");

    private final String words;

    Verdict(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public boolean isSignificantChange() {
        return this == IMPROVED || this == REGRESSED;
    }
}
