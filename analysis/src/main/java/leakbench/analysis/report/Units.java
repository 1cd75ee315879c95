package leakbench.analysis.report;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Conversions of the unit strings JMH and the JVM write: heap sizes, time units, iteration times. */
final class Units {

    private Units() {
    }

    /** Bytes of a JVM size such as {@code 512m}, {@code 2g}, {@code 1024k} or {@code 1073741824}; empty if not one. */
    static OptionalLong heapBytes(String size) {
        if (size == null || size.isEmpty()) {
            return OptionalLong.empty();
        }
        char last = Character.toLowerCase(size.charAt(size.length() - 1));
        long factor = switch (last) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            case 't' -> 1L << 40;
            default -> 1;
        };
        String digits = factor == 1 ? size : size.substring(0, size.length() - 1);
        try {
            long value = Long.parseLong(digits);
            return value > 0 ? OptionalLong.of(value * factor) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Seconds in one of JMH's time unit abbreviations ({@code ns}, {@code us}, {@code ms}, {@code s}, {@code min}...). */
    static OptionalDouble secondsPer(String unit) {
        return switch (unit.trim().toLowerCase(Locale.ROOT)) {
            case "ns" -> OptionalDouble.of(1e-9);
            case "us", "\u00B5s", "\u03BCs" -> OptionalDouble.of(1e-6);
            case "ms" -> OptionalDouble.of(1e-3);
            case "s", "sec" -> OptionalDouble.of(1);
            case "min" -> OptionalDouble.of(60);
            case "hr", "h" -> OptionalDouble.of(3600);
            case "day", "days" -> OptionalDouble.of(86400);
            default -> OptionalDouble.empty();
        };
    }

    /** Seconds of a JMH iteration time such as {@code "1 s"} or {@code "200 ms"}; empty for {@code single-shot}. */
    static OptionalDouble iterationSeconds(String time) {
        String[] parts = time.trim().split("\\s+");
        if (parts.length != 2) {
            return OptionalDouble.empty();
        }
        try {
            double amount = Double.parseDouble(parts[0]);
            OptionalDouble unit = secondsPer(parts[1]);
            return unit.isPresent() ? OptionalDouble.of(amount * unit.getAsDouble()) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /**
     * Calls per second a primary score stands for: {@code ops/ms} throughput or {@code ns/op} time, with one op
     * being {@code batchSize} calls. Empty for units that are not per-op rates or times.
     */
    static OptionalDouble callsPerSecond(double score, String unit, int batchSize) {
        if (!(score > 0) || !Double.isFinite(score)) {
            return OptionalDouble.empty();
        }
        String[] parts = unit.split("/");
        if (parts.length != 2) {
            return OptionalDouble.empty();
        }
        if (parts[0].equals("ops")) {
            OptionalDouble per = secondsPer(parts[1]);
            return per.isPresent() ? OptionalDouble.of(score / per.getAsDouble() * batchSize) : OptionalDouble.empty();
        }
        if (parts[1].equals("op")) {
            OptionalDouble per = secondsPer(parts[0]);
            return per.isPresent() ? OptionalDouble.of(batchSize / (score * per.getAsDouble())) : OptionalDouble.empty();
        }
        return OptionalDouble.empty();
    }
}
