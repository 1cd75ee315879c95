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

    private AnswerText() {
    }

    /** {@code reportHtml}: the path to print for the full report; null prints none. */
    public static String of(Report report, String reportHtml) {
        Summary s = Summary.of(report);
        StringBuilder out = new StringBuilder();
        out.append("leakbench: ").append(SummaryTables.headline(s)).append('\n');
        if (SummaryTables.hasPairs(s)) {
            out.append('\n').append(SummaryTables.legend(s)).append('\n').append(text(SummaryTables.pairs(s)));
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

    /** A table as {@link TextTable} text; a blank line before each group but the first keeps scenarios apart. */
    private static String text(Block.Table t) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(t.header());
        t.rows().forEach(r -> rows.add(r.stream().map(Escape::plainShort).toList()));
        return TextTable.format(rows);
    }
}
