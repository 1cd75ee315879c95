package leakbench.analysis.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formats shared by the renderers. */
public final class Numbers {

    private Numbers() {
    }

    /** Four significant digits, plain notation between 0.0001 and 10^9, "n/a" for NaN. */
    public static String value(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+inf" : "-inf";
        }
        if (v == 0) {
            return "0";
        }
        double abs = Math.abs(v);
        if (abs >= 1e9 || abs < 1e-4) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    /** A ratio as a signed percentage change: 1.253 gives "+25.3%". */
    public static String change(double ratio) {
        if (Double.isNaN(ratio)) {
            return "n/a";
        }
        if (Double.isInfinite(ratio)) {
            return "+inf%";
        }
        return String.format(Locale.ROOT, "%+.1f%%", (ratio - 1) * 100);
    }

    /** "[-1.2%, +3.4%]" or "" when undefined. */
    public static String interval(double low, double high) {
        return Double.isNaN(low) ? "" : "[" + change(low) + ", " + change(high) + "]";
    }

    public static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "";
        }
        return p < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }

    /** A fraction as a percentage without needless decimals: 0.05 gives "5%". */
    public static String percent(double fraction) {
        return value(fraction * 100) + "%";
    }
}
