package leakbench.analysis.model;

import java.util.Arrays;
import java.util.Optional;

/** A JMH benchmark mode, with the short label JMH writes in the {@code "mode"} field. */
public enum Mode {
    THROUGHPUT("thrpt"),
    AVERAGE_TIME("avgt"),
    SAMPLE_TIME("sample"),
    SINGLE_SHOT_TIME("ss");

    private final String label;

    Mode(String label) {
        this.label = label;
    }

    /** The label JMH writes, e.g. {@code "thrpt"}. */
    public String label() {
        return label;
    }

    /** Throughput is the only mode whose primary score improves as it grows; the others measure time. */
    public boolean higherIsBetter() {
        return this == THROUGHPUT;
    }

    public static Optional<Mode> fromLabel(String label) {
        return Arrays.stream(values()).filter(m -> m.label.equals(label)).findFirst();
    }
}
