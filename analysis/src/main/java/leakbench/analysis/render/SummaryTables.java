package leakbench.analysis.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import leakbench.analysis.report.GrowthRow;
import leakbench.analysis.report.Summary;
import leakbench.analysis.report.Verdict;

/**
 * The verdict summary as tables: the same rows for the report's first screen (HTML, Markdown) and for the terminal,
 * so what the main job prints is what the report opens with.
 */
final class SummaryTables {

    /** Verdict columns of {@link #pairs}: drawn as badges. */
    static final Set<Integer> PAIR_BADGES = Set.of(2, 6);
    /** Verdict column of {@link #costOnly}. */
    static final Set<Integer> COST_BADGES = Set.of(2);

    private SummaryTables() {
    }

    /** What the retained and allocated figures of a row are, which depends on the number of GC cells. */
    static String legend(Summary s) {
        int cells = s.cellsPerVariant();
        String figures = cells <= 1
                ? "retained per call with its 95% confidence interval, allocated per call"
                : "retained per call: median over the " + cells + " GC cells [lowest, highest end of their 95%"
                        + " intervals]; allocated per call: median over the cells; LEAK 14/16: cells per verdict";
        return "Leaky variants beside fixed ones, per scenario. " + capitalised(figures) + ". " + Badge.FLAG
                + ": the variant's name promised otherwise (a leaky one that did not leak, a fixed one that did).";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** One row per scenario with leaky or fixed variants; a scenario with several of either spans several rows. */
    static Block.Table pairs(Summary s) {
        List<List<String>> rows = new ArrayList<>();
        Set<Integer> flagged = new HashSet<>();
        Set<Integer> starts = new HashSet<>();
        for (Summary.Scenario scenario : s.scenarios()) {
            if (!scenario.hasPair()) {
                continue;
            }
            starts.add(rows.size());
            int lines = Math.max(scenario.leaky().size(), scenario.fixed().size());
            for (int i = 0; i < lines; i++) {
                List<String> row = new ArrayList<>();
                row.add(i == 0 ? name(scenario, s) : "");
                Summary.VariantSummary leaky = i < scenario.leaky().size() ? scenario.leaky().get(i) : null;
                Summary.VariantSummary fixed = i < scenario.fixed().size() ? scenario.fixed().get(i) : null;
                row.addAll(side(leaky));
                row.addAll(side(fixed));
                if (leaky != null && !leaky.flagged().isEmpty() || fixed != null && !fixed.flagged().isEmpty()) {
                    flagged.add(rows.size());
                }
                rows.add(row);
            }
        }
        return withoutEmptyColumns(new Block.Table(List.of("scenario", "leaky variant", "verdict", "retained/call",
                "alloc/call", "fixed variant", "verdict", "retained/call", "alloc/call"), rows, flagged, PAIR_BADGES, starts));
    }

    /** Variants that promise nothing about retention (neither leaky nor fixed), one row each. */
    static Block.Table costOnly(Summary s) {
        List<List<String>> rows = new ArrayList<>();
        Set<Integer> starts = new HashSet<>();
        for (Summary.Scenario scenario : s.scenarios()) {
            starts.add(rows.size());
            boolean first = true;
            for (Summary.VariantSummary v : scenario.other()) {
                List<String> row = new ArrayList<>();
                row.add(first ? name(scenario, s) : "");
                row.addAll(side(v));
                rows.add(row);
                first = false;
            }
        }
        return withoutEmptyColumns(new Block.Table(List.of("scenario", "variant", "verdict", "retained/call", "alloc/call"),
                rows, Set.of(), COST_BADGES, starts));
    }

    /**
     * The table without its "alloc/call" columns when no row has a figure there (a run without {@code -prof gc}):
     * a column of dashes only pushes the verdicts off a narrow screen.
     */
    private static Block.Table withoutEmptyColumns(Block.Table t) {
        List<Integer> keep = new ArrayList<>();
        for (int c = 0; c < t.header().size(); c++) {
            int column = c;
            boolean empty = t.header().get(c).equals("alloc/call") && t.rows().stream()
                    .allMatch(r -> r.get(column).isEmpty() || r.get(column).equals(HumanUnits.NONE));
            if (!empty) {
                keep.add(c);
            }
        }
        if (keep.size() == t.header().size()) {
            return t;
        }
        Set<Integer> badges = new HashSet<>();
        t.badgeColumns().forEach(b -> badges.add(keep.indexOf(b)));
        return new Block.Table(keep.stream().map(t.header()::get).toList(),
                t.rows().stream().map(r -> keep.stream().map(r::get).toList()).toList(), t.flagged(), badges,
                t.groupStarts());
    }

    static boolean hasCostOnly(Summary s) {
        return s.scenarios().stream().anyMatch(sc -> !sc.other().isEmpty());
    }

    static boolean hasPairs(Summary s) {
        return s.scenarios().stream().anyMatch(Summary.Scenario::hasPair);
    }

    /** The surprises, one line per variant and cell. */
    static List<String> flags(Summary s) {
        List<String> flags = new ArrayList<>();
        for (Summary.VariantSummary v : s.variants()) {
            for (GrowthRow g : v.flagged()) {
                flags.add(v.variant().scenarioSimpleName() + "." + v.variant().method() + params(v.variant().params())
                        + " in " + g.cell().label() + ": " + g.flag() + ", " + HumanUnits.bytesWithInterval(g.bytesPerCall(),
                        g.low(), g.high()) + " per call");
            }
        }
        return flags;
    }

    /** One line: how many variants got each verdict, and the flags. */
    static String headline(Summary s) {
        Map<Verdict, Long> counts = s.verdictCounts();
        long variants = s.variants().size();
        long mixed = s.variants().stream().filter(v -> !v.growth().isEmpty() && v.verdict().isEmpty()).count();
        StringBuilder b = new StringBuilder();
        // Cells per variant, not all cells seen: in a one-cell run the benchmarks' own @Fork heaps (512m, 1g) would
        // otherwise read as "2 GC cells", beside an environment line that counts Epsilon's forks as a third.
        int cells = s.cellsPerVariant();
        b.append(variants).append(variants == 1 ? " variant" : " variants").append(", each in ").append(cells)
                .append(cells == 1 ? " GC cell: " : " GC cells: ");
        List<String> parts = new ArrayList<>();
        counts.forEach((verdict, n) -> {
            if (n > 0) {
                parts.add(n + " " + verdict.name());
            }
        });
        if (mixed > 0) {
            parts.add(mixed + " with verdicts that differ between cells");
        }
        b.append(parts.isEmpty() ? "no verdict (no retention measured)" : String.join(", ", parts));
        long flagged = s.variants().stream().filter(v -> !v.flagged().isEmpty()).count();
        b.append("; ").append(flagged == 0 ? "no surprise: every leaky variant leaked and no fixed one did"
                : flagged + (flagged == 1 ? " surprise " : " surprises ") + Badge.FLAG);
        return b.append('.').toString();
    }

    private static List<String> side(Summary.VariantSummary v) {
        if (v == null) {
            return List.of("", "", "", "");
        }
        // The verdict right after the name: on a narrow screen it is what shows before the table scrolls.
        return List.of(v.variant().method(), Badge.of(v),
                HumanUnits.bytesWithInterval(v.bytesPerCall(), v.low(), v.high()), HumanUnits.bytes(v.allocatedPerCall()));
    }

    /**
     * The class's simple name without the "Benchmark" every class has; its params only where the class ran with
     * several (the details show them all).
     */
    static String name(Summary.Scenario scenario, Summary s) {
        long sameClass = s.paramSetsOf(scenario.scenario());
        return scenario.simpleName().replaceFirst("Benchmark$", "") + (sameClass > 1 ? params(scenario.params()) : "");
    }

    static String params(Map<String, String> params) {
        if (params.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(" (");
        params.forEach((k, value) -> b.append(b.length() > 2 ? ", " : "").append(k).append('=').append(value));
        return b.append(')').toString();
    }
}
