package leakbench.analysis.report;

/** What a benchmark method's name promises: {@code leaky*} keeps memory, {@code fixed*} does not, others say nothing. */
public enum VariantKind {
    LEAKY, FIXED, OTHER;

    public static VariantKind of(String method) {
        if (method.startsWith("leaky")) {
            return LEAKY;
        }
        return method.startsWith("fixed") ? FIXED : OTHER;
    }
}
