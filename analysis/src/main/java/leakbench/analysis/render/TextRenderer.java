package leakbench.analysis.render;

import static leakbench.analysis.render.Escape.plainShort;

import java.util.ArrayList;
import java.util.List;

import leakbench.analysis.compare.Comparison;
import leakbench.analysis.compare.EnvironmentDifference;
import leakbench.analysis.compare.FamilySummary;
import leakbench.analysis.model.ResultKey;

/** Plain text for a terminal: aligned columns; untrusted text on one line with control characters made visible. */
public final class TextRenderer {

    private static final List<String> HEAD = List.of("verdict", "benchmark", "mode", "params", "GC cell", "metric",
            "unit", "base", "candidate", "change", "95% CI", "p (Holm)");

    public String render(Comparison c) {
        StringBuilder out = new StringBuilder();
        out.append("leakbench compare: ").append(Row.counts(c)).append("; ").append(c.added().size())
                .append(" added, ").append(c.removed().size()).append(" removed (threshold ")
                .append(Numbers.percent(c.settings().threshold())).append(", alpha ")
                .append(Numbers.value(c.settings().alpha())).append(")\n");
        out.append("base:      ").append(plainShort(c.base())).append('\n');
        out.append("candidate: ").append(plainShort(c.candidate())).append("\n\n");
        for (EnvironmentDifference d : c.environment()) {
            out.append("WARNING environment differs: ").append(d.aspect()).append(": base ")
                    .append(joined(d.base())).append("; candidate ").append(joined(d.candidate())).append('\n');
        }
        if (!c.environment().isEmpty()) {
            out.append('\n');
        }
        out.append(c.paired() ? "Interleaved run: forks compared pair by pair (paired t on log ratios).\n\n"
                : "NOTE separate runs: a shift of the whole machine between them looks exactly like a change of the"
                        + " code; only an interleaved run (--compare-with) can tell them apart.\n\n");
        List<Row> significant = Row.significant(c);
        out.append(significant.isEmpty() ? "No significant change beyond the threshold.\n\n"
                : "Significant changes:\n" + table(significant) + "\n");
        if (!c.families().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("family", "metric", "results", "candidate / base"));
            for (FamilySummary f : c.families()) {
                rows.add(List.of(plainShort(f.family()), plainShort(f.metric()), String.valueOf(f.results()),
                        Numbers.change(f.geometricMean())));
            }
            out.append("Geometric mean per family:\n").append(TextTable.format(rows)).append('\n');
        }
        out.append("All comparisons:\n").append(table(Row.all(c)));
        keys(out, "Added", c.added());
        keys(out, "Removed", c.removed());
        return out.toString();
    }

    private static String table(List<Row> rows) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(HEAD);
        for (Row r : rows) {
            var m = r.comparison();
            cells.add(List.of(r.verdict().words(), plainShort(r.benchmark()), r.mode(), plainShort(r.params()),
                    plainShort(r.cell()), plainShort(r.metric()), plainShort(r.unit()), Numbers.value(m.baseMedian()),
                    Numbers.value(m.candidateMedian()), Numbers.change(m.ratio()),
                    Numbers.interval(m.ciLow(), m.ciHigh()), Numbers.pValue(m.pAdjusted())));
        }
        return TextTable.format(cells);
    }

    private static void keys(StringBuilder out, String title, List<ResultKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append(":\n");
        keys.forEach(k -> out.append("  ").append(plainShort(k.benchmark())).append(' ').append(k.mode().label())
                .append(' ').append(plainShort(Row.params(k.params()))).append(' ')
                .append(plainShort(k.cellLabel())).append('\n'));
    }

    private static String joined(List<String> values) {
        return String.join(" | ", values.stream().map(v -> v.isEmpty() ? "(none)" : plainShort(v)).toList());
    }
}
