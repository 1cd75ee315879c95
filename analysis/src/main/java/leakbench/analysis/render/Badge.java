package leakbench.analysis.render;

import java.util.Locale;
import java.util.Optional;

import leakbench.analysis.report.Summary;
import leakbench.analysis.report.Verdict;

/**
 * The verdict of a variant as a short text that every format can show: {@code LEAK}, {@code BOUNDED},
 * {@code INCONCLUSIVE}, {@code LEAK 14/16} when the GC cells disagree, and a trailing {@value #FLAG} where the
 * variant's name promised otherwise (a leaky variant that did not leak, a fixed one that did). HTML draws the text
 * as a coloured badge; its colour comes from the text itself, so the table cell stays plain text.
 */
final class Badge {

    /** Marks a surprise; plain ASCII so that terminal columns stay aligned. */
    static final String FLAG = "(!)";

    private Badge() {
    }

    static String of(Summary.VariantSummary v) {
        if (v.growth().isEmpty()) {
            return HumanUnits.NONE;
        }
        Optional<Verdict> single = v.verdict();
        String text;
        if (single.isPresent()) {
            text = single.get().name();
        } else {
            StringBuilder b = new StringBuilder();
            for (Verdict verdict : Verdict.values()) {
                long n = v.cellsWith(verdict);
                if (n > 0) {
                    b.append(b.length() == 0 ? "" : ", ").append(verdict.name()).append(' ').append(n).append('/')
                            .append(v.growth().size());
                }
            }
            text = b.toString();
        }
        return v.flagged().isEmpty() ? text : text + " " + FLAG;
    }

    /** The CSS class of a badge text: its verdict, {@code mixed} when the cells disagree, {@code none} without one. */
    static String cssClass(String text) {
        String plain = text.endsWith(FLAG) ? text.substring(0, text.length() - FLAG.length()).strip() : text;
        for (Verdict verdict : Verdict.values()) {
            if (plain.equals(verdict.name())) {
                return verdict.name().toLowerCase(Locale.ROOT);
            }
        }
        return plain.contains("/") ? "mixed" : "none";
    }

    static boolean isFlagged(String text) {
        return text.endsWith(FLAG);
    }
}
