package leakbench.analysis.render;

import java.util.Locale;

/** Human formats for the numbers of a report; NaN and infinities print as an em dash, meaning "not available". */
final class HumanUnits {

    static final String NONE = "\u2014";

    private HumanUnits() {
    }

    /** Bytes with binary units: {@code 812 B}, {@code 3.05 KiB}, {@code 12.4 MiB}. */
    static String bytes(double v) {
        if (!Double.isFinite(v)) {
            return NONE;
        }
        double a = Math.abs(v);
        if (a < 1024) {
            return String.format(Locale.ROOT, a < 10 ? "%.2f B" : "%.1f B", v);
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        int u = 0;
        double scaled = v / 1024;
        while (Math.abs(scaled) >= 1024 && u < units.length - 1) {
            scaled /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.3g %s", scaled, units[u]);
    }

    /** A 95% interval, {@code [1.2 KiB, 1.4 KiB]}. */
    static String bytesInterval(double low, double high) {
        return Double.isFinite(low) && Double.isFinite(high) ? "[" + bytes(low) + ", " + bytes(high) + "]" : NONE;
    }

    /**
     * An estimate with its interval in the estimate's unit, {@code 1.10 KiB [1.06, 1.15]}: short enough for a summary
     * row. Without an interval, the estimate alone.
     */
    static String bytesWithInterval(double v, double low, double high) {
        if (!Double.isFinite(v)) {
            return NONE;
        }
        String estimate = bytes(v);
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            return estimate;
        }
        int space = estimate.lastIndexOf(' ');
        String unit = estimate.substring(space + 1);
        double scale = switch (unit) {
            case "KiB" -> 1024.0;
            case "MiB" -> 1024.0 * 1024;
            case "GiB" -> 1024.0 * 1024 * 1024;
            case "TiB" -> 1024.0 * 1024 * 1024 * 1024;
            default -> 1;
        };
        return estimate + " [" + significant(low / scale) + ", " + significant(high / scale) + "]";
    }

    /** Three significant digits, at most two decimals below 10: {@code 1.06}, {@code 234}, {@code 0.25}. */
    private static String significant(double v) {
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.2f", v);
    }

    /** A large count with words: {@code 170,000}, {@code 2.35 million}, {@code 1.20 billion}. */
    static String count(double v) {
        if (!Double.isFinite(v)) {
            return NONE;
        }
        if (Math.abs(v) < 1e6) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (Math.abs(v) < 1e9) {
            return String.format(Locale.ROOT, "%.3g million", v / 1e6);
        }
        if (Math.abs(v) < 1e12) {
            return String.format(Locale.ROOT, "%.3g billion", v / 1e9);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    /** A duration: {@code 0.42 s}, {@code 3.5 min}, {@code 2.1 h}, {@code 12 days}. */
    static String duration(double seconds) {
        if (!Double.isFinite(seconds)) {
            return NONE;
        }
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.3g s", seconds);
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%.3g min", seconds / 60);
        }
        if (seconds < 86400 * 2) {
            return String.format(Locale.ROOT, "%.3g h", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%.3g days", seconds / 86400);
    }

    static String millis(double ms) {
        if (!Double.isFinite(ms)) {
            return NONE;
        }
        return String.format(Locale.ROOT, Math.abs(ms) >= 1000 ? "%,.0f ms" : "%.3g ms", ms);
    }

    static String percent(double fraction) {
        return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.2f%%", fraction * 100) : NONE;
    }

    static String plain(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : NONE;
    }

    static String ratio(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : NONE;
    }

    /** A time given in ns: {@code 812 ns}, {@code 3.05 µs}, {@code 12.4 ms}. */
    static String nanos(double ns) {
        if (!Double.isFinite(ns)) {
            return NONE;
        }
        double a = Math.abs(ns);
        if (a < 1e3) {
            return String.format(Locale.ROOT, "%.3g ns", ns);
        }
        if (a < 1e6) {
            return String.format(Locale.ROOT, "%.3g \u00B5s", ns / 1e3);
        }
        return a < 1e9 ? String.format(Locale.ROOT, "%.3g ms", ns / 1e6) : String.format(Locale.ROOT, "%.3g s", ns / 1e9);
    }
}
