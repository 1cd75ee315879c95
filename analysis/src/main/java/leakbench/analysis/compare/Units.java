package leakbench.analysis.compare;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * Converts JMH time units, so that a candidate run with another {@code -tu} (or {@code @OutputTimeUnit}) still
 * compares: {@code ms/op} to {@code us/op}, {@code ops/s} to {@code ops/ms}.
 */
final class Units {

    private static final Map<String, Double> SECONDS = Map.of(
            "ns", 1e-9, "us", 1e-6, "\u00b5s", 1e-6, "ms", 1e-3, "s", 1.0, "min", 60.0, "hr", 3600.0);

    private Units() {
    }

    /** The factor that turns a value in {@code from} into one in {@code to}; empty when they do not convert. */
    static OptionalDouble factor(String from, String to) {
        if (from.equals(to)) {
            return OptionalDouble.of(1.0);
        }
        if (from.endsWith("/op") && to.endsWith("/op")) {
            return ratio(from.substring(0, from.length() - 3), to.substring(0, to.length() - 3), false);
        }
        if (from.startsWith("ops/") && to.startsWith("ops/")) {
            return ratio(from.substring(4), to.substring(4), true);
        }
        return OptionalDouble.empty();
    }

    private static OptionalDouble ratio(String fromTime, String toTime, boolean perTime) {
        Double from = SECONDS.get(fromTime);
        Double to = SECONDS.get(toTime);
        if (from == null || to == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(perTime ? to / from : from / to);
    }
}
