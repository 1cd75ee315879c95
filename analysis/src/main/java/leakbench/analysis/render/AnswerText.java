package leakbench.analysis.render;

import java.util.ArrayList;
import java.util.List;

import leakbench.analysis.report.Report;
import leakbench.analysis.report.Summary;

/**
 * The verdict summary for a terminal: the rows of the report's first screen ({@link SummaryTables}) as aligned
 * columns, the surprises, and where the report is. Untrusted names are printed on one line, control characters made
 * visible.
 */
public final class AnswerText {

    /** Prose is wrapped to this width; tables are as wide as their columns. */
    private static final int WIDTH = 100;

    private AnswerText() {
    }

    /** {@code reportHtml}: the path to print for the full report; null prints none. */
    public static String of(Report report, String reportHtml) {
        Summary s = Summary.of(report);
        StringBuilder out = new StringBuilder();
        out.append("leakbench: ").append(SummaryTables.headline(s)).append('\n');
        if (SummaryTables.hasPairs(s)) {
            out.append('\n').append(wrapped(SummaryTables.legend(s))).append(text(SummaryTables.pairs(s)));
        }
        if (SummaryTables.hasCostOnly(s)) {
            out.append("\nCost-only variants (no promise about retention):\n").append(text(SummaryTables.costOnly(s)));
        }
        List<String> flags = SummaryTables.flags(s);
        if (!flags.isEmpty()) {
            out.append("\nSurprises ").append(Badge.FLAG).append(":\n");
            flags.forEach(f -> out.append("  ").append(Escape.plainShort(f)).append('\n'));
        }
        if (reportHtml != null) {
            out.append("\nReport: ").append(Escape.plainShort(reportHtml)).append('\n');
        }
        return out.toString();
    }

    /** Lines of at most {@value #WIDTH} characters, broken at spaces. */
    private static String wrapped(String text) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        return out.append(line).append('\n').toString();
    }

    /** A table as {@link TextTable} text, the header first. */
    private static String text(Block.Table t) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(t.header());
        t.rows().forEach(r -> rows.add(r.stream().map(Escape::plainShort).toList()));
        return TextTable.format(rows);
    }
}
