package leakbench.analysis.render;

import static leakbench.analysis.render.Escape.markdownCode;

import java.util.List;

import leakbench.analysis.compare.Comparison;
import leakbench.analysis.compare.Direction;
import leakbench.analysis.compare.EnvironmentDifference;
import leakbench.analysis.compare.FamilySummary;
import leakbench.analysis.compare.Verdict;
import leakbench.analysis.model.ResultKey;

/**
 * A GitHub pull-request comment: a hidden marker (so a workflow can find and update its own comment), a one-line
 * headline, environment warnings, the significant changes, per-family geometric means, then the full table and
 * the added and removed results inside {@code <details>}. Untrusted text only ever appears in code spans.
 */
public final class MarkdownRenderer {

    /** The first line of every comment; workflows search for it to update the comment in place. */
    public static final String MARKER = "<!-- leakbench-compare -->";

    /** GitHub rejects comments over 65,536 characters; the full table is cut to stay below this. */
    static final int MAX_CHARS = 60_000;

    private static final String TABLE_HEAD =
            "| verdict | benchmark | mode | params | GC cell | metric | base | candidate | change [95% CI] | p (Holm) |\n"
            + "|---|---|---|---|---|---|--:|--:|--:|--:|\n";

    public String render(Comparison c) {
        StringBuilder md = new StringBuilder();
        md.append(MARKER).append('\n');
        md.append(headline(c)).append("\n\n");
        environment(c, md);
        separateRuns(c, md);
        significant(c, md);
        families(c, md);
        StringBuilder tail = new StringBuilder();
        addedAndRemoved(c, tail);
        tail.append(methods(c));
        fullTable(c, md, MAX_CHARS - md.length() - tail.length());
        return md.append(tail).toString();
    }

    private static String headline(Comparison c) {
        long regressed = c.count(Verdict.REGRESSED);
        String mark = regressed > 0 ? ":red_circle:" : ":white_check_mark:";
        return "### " + mark + " leakbench: " + Row.counts(c) + "; " + c.added().size() + " added, "
                + c.removed().size() + " removed (threshold " + Numbers.percent(c.settings().threshold())
                + ", alpha " + Numbers.value(c.settings().alpha()) + ")";
    }

    private static void environment(Comparison c, StringBuilder md) {
        if (c.environment().isEmpty()) {
            return;
        }
        md.append("> [!WARNING]\n> The runs' environments differ; a change below may come from the environment,"
                + " not from the code.\n\n");
        md.append("| differs | base | candidate |\n|---|---|---|\n");
        for (EnvironmentDifference d : c.environment()) {
            md.append("| ").append(d.aspect()).append(" | ").append(values(d.base())).append(" | ")
                    .append(values(d.candidate())).append(" |\n");
        }
        md.append('\n');
    }

    private static String values(List<String> values) {
        return String.join("<br>", values.stream().map(v -> v.isEmpty() ? "(none)" : markdownCode(v)).toList());
    }

    private static void significant(Comparison c, StringBuilder md) {
        List<Row> rows = Row.significant(c);
        if (rows.isEmpty()) {
            md.append("No significant change beyond the threshold.\n\n");
            return;
        }
        md.append("#### Significant changes\n\n").append(TABLE_HEAD);
        int shown = 0;
        for (Row r : rows) {
            if (md.length() > MAX_CHARS / 2) {
                break; // leave room for the rest of the comment
            }
            md.append(row(r));
            shown++;
        }
        if (shown < rows.size()) {
            md.append("\nThe comment size limit leaves ").append(rows.size() - shown)
                    .append(" significant changes out; `--format text` or `--format json` shows all.\n");
        }
        md.append('\n');
    }

    private static void families(Comparison c, StringBuilder md) {
        if (c.families().isEmpty()) {
            return;
        }
        md.append("#### Geometric mean per family\n\n")
                .append("| family | metric | results | candidate / base, all results |\n|---|---|--:|--:|\n");
        for (FamilySummary f : c.families()) {
            md.append("| ").append(markdownCode(f.family())).append(" | ").append(markdownCode(f.metric()))
                    .append(" | ").append(f.results()).append(" | ").append(Numbers.change(f.geometricMean()))
                    .append(betterOrWorse(f)).append(" |\n");
        }
        md.append('\n');
    }

    private static String betterOrWorse(FamilySummary f) {
        if (Math.abs(f.geometricMean() - 1) < 0.0005) {
            return ""; // shows as +0.0% or -0.0%: neither
        }
        boolean higher = f.geometricMean() > 1;
        return (higher == (f.direction() == Direction.HIGHER_IS_BETTER)) ? " (better)" : " (worse)";
    }

    private static void fullTable(Comparison c, StringBuilder md, int budget) {
        List<Row> rows = Row.all(c);
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder table = new StringBuilder(TABLE_HEAD);
        int shown = 0;
        for (Row r : rows) {
            String line = row(r);
            if (table.length() + line.length() > budget - 300) {
                break;
            }
            table.append(line);
            shown++;
        }
        md.append("<details><summary>All ").append(c.results().size()).append(" results (")
                .append(rows.size()).append(" metric comparisons)</summary>\n\n").append(table).append('\n');
        if (shown < rows.size()) {
            md.append("The comment size limit leaves ").append(rows.size() - shown)
                    .append(" rows out; `--format text` or `--format json` shows all.\n\n");
        }
        md.append("</details>\n\n");
    }

    private static void addedAndRemoved(Comparison c, StringBuilder md) {
        if (c.added().isEmpty() && c.removed().isEmpty()) {
            return;
        }
        md.append("<details><summary>").append(c.added().size()).append(" added, ").append(c.removed().size())
                .append(" removed</summary>\n\n| | benchmark | mode | params | GC cell |\n|---|---|---|---|---|\n");
        int budget = MAX_CHARS / 4;
        int start = md.length();
        for (var entry : List.of(java.util.Map.entry("added", c.added()), java.util.Map.entry("removed", c.removed()))) {
            for (ResultKey k : entry.getValue()) {
                if (md.length() - start > budget) {
                    md.append("| ... | (list cut to fit the comment) | | | |\n");
                    md.append("\n</details>\n\n");
                    return;
                }
                md.append("| ").append(entry.getKey()).append(" | ").append(markdownCode(Row.shortName(k.benchmark())))
                        .append(" | ").append(k.mode().label()).append(" | ").append(markdownCode(Row.params(k.params())))
                        .append(" | ").append(markdownCode(k.cellLabel())).append(" |\n");
            }
        }
        md.append("\n</details>\n\n");
    }

    private static String row(Row r) {
        var m = r.comparison();
        String verdict = switch (r.verdict()) {
            case REGRESSED -> ":red_circle: regressed";
            case IMPROVED -> ":green_circle: improved";
            default -> r.verdict().words();
        };
        return "| " + verdict + " | " + markdownCode(r.benchmark()) + " | " + r.mode() + " | "
                + markdownCode(r.params()) + " | " + markdownCode(r.cell()) + " | " + markdownCode(r.metric()) + " "
                + markdownCode(r.unit()) + " | " + Numbers.value(m.baseMedian()) + " | "
                + Numbers.value(m.candidateMedian()) + " | " + Numbers.change(m.ratio()) + " "
                + Numbers.interval(m.ciLow(), m.ciHigh()) + " | " + Numbers.pValue(m.pAdjusted()) + " |\n";
    }

    /** Two separate runs: say plainly what no statistic can undo. */
    private static void separateRuns(Comparison c, StringBuilder md) {
        if (c.paired()) {
            return;
        }
        md.append("> [!NOTE]\n> Base and candidate are separate runs: anything that shifted a whole run (the"
                + " machine's load, another runner, its thermal state) looks exactly like a change of the code, and"
                + " no test on these numbers can tell the two apart. Run both sides interleaved in one job"
                + " (`benchmarks.jar ... --compare-with BASE_JAR`) for a comparison you can gate on.\n\n");
    }

    private static String methods(Comparison c) {
        String test = c.paired()
                ? "Interleaved run: pair k of the base against pair k of the candidate, paired t test on the log"
                        + " ratios; change = geometric mean of the pair ratios - 1 with its 95% t interval."
                : "Separate runs: Welch's t test on the log fork values; change = ratio of the geometric means - 1"
                        + " with its 95% t interval.";
        return "<sub>One value per fork: the median of its measurement iterations; base and candidate columns are"
                + " medians of those. " + test + " p is Holm-adjusted over all " + tests(c) + " tests of this"
                + " comment, so the chance of any false alarm in the whole comment is at most alpha = "
                + Numbers.value(c.settings().alpha()) + "; significant changes beyond "
                + Numbers.percent(c.settings().threshold()) + " are regressed or improved, smaller ones within"
                + " noise. Fewer than 2 forks a side: insufficient data. Allocation and retention per op: beyond"
                + " max(threshold, 8 B/op) with non-overlapping iterations counts without a test.</sub>\n";
    }

    private static long tests(Comparison c) {
        return c.results().stream().flatMap(r -> r.metrics().stream()).filter(m -> !Double.isNaN(m.pValue())).count();
    }
}
