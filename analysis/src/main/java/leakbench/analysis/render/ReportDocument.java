package leakbench.analysis.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import leakbench.analysis.model.GcCell;
import leakbench.analysis.report.AllocationRow;
import leakbench.analysis.report.CellCost;
import leakbench.analysis.report.CellPauses;
import leakbench.analysis.report.Environment;
import leakbench.analysis.report.GrowthRow;
import leakbench.analysis.report.JfrSummary;
import leakbench.analysis.report.LeakWhy;
import leakbench.analysis.report.PauseRow;
import leakbench.analysis.report.PauseStats;
import leakbench.analysis.report.Report;
import leakbench.analysis.report.Summary;
import leakbench.analysis.report.TradeOff;
import leakbench.analysis.report.Variant;

/** Lays a {@link Report} out as blocks: the sections, tables and charts shared by the Markdown and HTML reports. */
final class ReportDocument {

    static final String TITLE = "leakbench report";
    /**
     * Growth panels (one per scenario and GC cell) beyond this many are left out (the tables still have every row):
     * they keep the page usable and the report fast on large result sets.
     */
    static final int MAX_GROWTH_PANELS = 96;
    /** Variants beyond this many are left out of the overview chart (the verdict tables have them all). */
    static final int MAX_OVERVIEW_ROWS = 120;

    private final Report report;
    private final Summary summary;
    private final List<Block> blocks = new ArrayList<>();

    private ReportDocument(Report report) {
        this.report = report;
        this.summary = Summary.of(report);
    }

    /**
     * The answer first (verdicts, the overview chart, the headline figures per GC cell), then the environment and
     * the details, each scenario's collapsed. A new section is one more method in this list.
     */
    static List<Block> of(Report report) {
        ReportDocument d = new ReportDocument(report);
        d.title();
        d.verdicts();
        d.overview();
        d.cellHeadlines();
        d.environment();
        d.notes();
        d.growth();
        d.pauses();
        d.blocks.addAll(CostSection.of(report.cost()));
        d.blocks.addAll(BathtubSection.of(report.bathtub()));
        d.blocks.addAll(YoungSizeSection.of(report.pauses()));
        d.allocation();
        d.jfr();
        return d.blocks;
    }

    private void title() {
        Environment e = report.environment();
        blocks.add(new Block.Heading(1, TITLE));
        // Every cell of any section: a run without HeapGrowthProfiler (a cost study) still has its cells.
        Set<GcCell> cells = new java.util.HashSet<>(summary.cells());
        report.pauses().cells().forEach(c -> cells.add(c.cell()));
        report.cost().cells().forEach(c -> cells.add(c.cell()));
        blocks.add(new Block.Paragraph(e.source() + ": " + e.results() + " results, " + cells.size()
                + (cells.size() == 1 ? " GC cell" : " GC cells") + ", " + readableDate(e.date()) + "."));
    }

    /** {@code 2026-11-24T09:20:09.916156987Z} as {@code 2026-11-24 09:20 UTC}; anything else as given. */
    private static String readableDate(String date) {
        try {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                    .format(java.time.Instant.parse(date).atZone(java.time.ZoneOffset.UTC));
        } catch (java.time.format.DateTimeParseException e) {
            return date;
        }
    }

    private void verdicts() {
        if (summary.scenarios().isEmpty()) {
            return;
        }
        blocks.add(new Block.Heading(2, "Verdicts"));
        blocks.add(new Block.Paragraph(SummaryTables.headline(summary)));
        if (SummaryTables.hasPairs(summary)) {
            blocks.add(new Block.Paragraph(SummaryTables.legend(summary)));
            blocks.add(SummaryTables.pairs(summary));
        }
        List<String> flags = SummaryTables.flags(summary);
        if (!flags.isEmpty()) {
            blocks.add(new Block.Paragraph("Surprises " + Badge.FLAG + ":"));
            blocks.add(new Block.Bullets(flags));
        }
        if (SummaryTables.hasCostOnly(summary)) {
            blocks.add(new Block.Paragraph("Cost-only variants (their names promise nothing about retention):"));
            blocks.add(SummaryTables.costOnly(summary));
        }
    }

    /** Every variant's retained bytes per call, one mark per cell, in one log-scale chart. */
    private void overview() {
        List<Charts.OverviewRow> rows = new ArrayList<>();
        List<String> cellLabels = summary.cells().stream().map(GcCell::label).toList();
        int group = 0;
        for (Summary.Scenario scenario : summary.scenarios()) {
            for (Summary.VariantSummary v : java.util.stream.Stream.of(scenario.leaky(), scenario.fixed(), scenario.other())
                    .flatMap(List::stream).toList()) {
                if (v.growth().stream().noneMatch(g -> Double.isFinite(g.bytesPerCall())) || rows.size() >= MAX_OVERVIEW_ROWS) {
                    continue;
                }
                List<double[]> perCell = new ArrayList<>();
                for (GcCell cell : summary.cells()) {
                    perCell.add(v.growth().stream().filter(g -> g.cell().equals(cell)).findFirst()
                            .map(g -> new double[] {g.bytesPerCall(), g.low(), g.high()}).orElse(null));
                }
                double floor = v.growth().stream().mapToDouble(GrowthRow::floorBytesPerCall).max().orElse(Double.NaN);
                rows.add(new Charts.OverviewRow(scenario.simpleName().replaceFirst("Benchmark$", "") + "."
                        + v.variant().method() + (v.flagged().isEmpty() ? "" : " " + Badge.FLAG), v.variant().kind(),
                        group, floor, perCell));
            }
            group++;
        }
        if (rows.isEmpty()) {
            return;
        }
        blocks.add(new Block.Heading(2, "Retained bytes per call"));
        long charted = summary.variants().stream().filter(v -> v.growth().stream()
                .anyMatch(g -> Double.isFinite(g.bytesPerCall()))).count();
        blocks.add(new Block.Paragraph("Every variant with an estimate, one mark per GC cell with its 95% interval"
                + " (drawn in report.html); a mark right of its row's grey noise-floor tick, whisker included, is a LEAK."
                + (charted > rows.size() ? " The first " + rows.size() + " of " + charted
                        + " variants are drawn; the tables have all." : "")));
        if (cellLabels.size() > 1) {
            blocks.add(new Block.Paragraph("Marks in a row, top to bottom: " + String.join(", ", cellLabels) + "."));
        }
        blocks.add(new Block.Chart(Charts.overview(rows, cellLabels,
                summary.cells().stream().map(GcCell::collector).toList()), 1000,
                Charts.overviewHeight(rows.size(), cellLabels.size())));
    }

    /**
     * The figures a reader compares collectors by: pauses, their worst, utilisation and the relative cost, and where
     * CpuProfiler ran, the GC's share of the CPU and the LBO-style overheads (details under Pauses and Cost).
     */
    private void cellHeadlines() {
        Map<GcCell, CellPauses> pauseCells = new LinkedHashMap<>();
        report.pauses().cells().forEach(c -> pauseCells.put(c.cell(), c));
        Map<GcCell, CellCost> costCells = new LinkedHashMap<>();
        report.cost().cells().forEach(c -> costCells.put(c.cell(), c));
        if (pauseCells.isEmpty() && costCells.isEmpty()) {
            return;
        }
        List<GcCell> cells = new ArrayList<>(pauseCells.keySet());
        costCells.keySet().stream().filter(c -> !pauseCells.containsKey(c)).forEach(cells::add);
        blocks.add(new Block.Heading(2, "Pauses and cost per GC cell"));
        blocks.add(new Block.Paragraph("Stop-the-world pauses during the measured iterations of all benchmarks of"
                + " the cell, concurrent GC work apart; MMU 10 ms = the worst share of any 10 ms window left to the"
                + " application; relative cost = time per call against the best cell, 1.00 = best (details under"
                + " Pauses)."
                + (costCells.isEmpty() ? "" : " GC share of CPU = the GC threads' CPU over the process's (CpuProfiler);"
                        + " wall and CPU overhead = against the cheapest GC-free estimate of the same work, 1.00 = no"
                        + " GC cost (details under Cost).")));
        List<String> header = new ArrayList<>(List.of("GC cell", "pauses", "total", "p99", "max", "paused",
                "MMU 10 ms", "concurrent", "relative cost"));
        if (!costCells.isEmpty()) {
            header.addAll(List.of("GC share of CPU", "wall overhead", "CPU overhead"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (GcCell cell : cells) {
            List<String> row = new ArrayList<>(List.of(cell.label()));
            CellPauses c = pauseCells.get(cell);
            if (c == null) {
                row.addAll(java.util.Collections.nCopies(8, HumanUnits.NONE));
            } else {
                PauseStats s = c.stats();
                row.addAll(List.of(Long.toString(s.count()), HumanUnits.millis(s.totalMs()),
                        HumanUnits.millis(s.p99Ms()), HumanUnits.millis(s.maxMs()), HumanUnits.percent(s.pausedShare()),
                        HumanUnits.percent(s.mmu10()), HumanUnits.millis(s.concurrentMs()),
                        HumanUnits.ratio(c.relativeCost())));
            }
            if (!costCells.isEmpty()) {
                CellCost k = costCells.get(cell);
                row.addAll(k == null ? java.util.Collections.nCopies(3, HumanUnits.NONE)
                        : List.of(HumanUnits.percent(k.gcShare()), HumanUnits.ratio(k.wallOverhead()),
                                HumanUnits.ratio(k.cpuOverhead())));
            }
            rows.add(row);
        }
        blocks.add(new Block.Table(header, rows, Set.of()));
    }

    private void environment() {
        Environment e = report.environment();
        blocks.add(new Block.Heading(2, "Environment"));
        blocks.add(new Block.Table(List.of("", ""), List.of(
                List.of("Results", e.source() + " (" + e.results() + " results)"),
                List.of("JMH", String.join(", ", e.jmhVersions())),
                List.of("JDKs", String.join(", ", e.jdks())),
                List.of("Collectors", String.join(", ", e.collectors())),
                List.of("Heaps (-Xmx)", String.join(", ", e.heaps())),
                List.of("Cores", e.cores()),
                List.of("Date", e.date()),
                List.of("Commit", e.commit())), Set.of()));
        if (!e.failedCells().isEmpty()) {
            blocks.add(new Block.Paragraph("Cells that did not end ok (from run.json):"));
            blocks.add(new Block.Bullets(e.failedCells()));
        }
    }

    private void notes() {
        if (!report.notes().isEmpty()) {
            blocks.add(new Block.Heading(2, "What this report could not show"));
            blocks.add(new Block.Bullets(report.notes()));
        }
    }

    private void growth() {
        if (report.growth().isEmpty()) {
            return;
        }
        blocks.add(new Block.Heading(2, "Growth per scenario"));
        blocks.add(new Block.Paragraph("Retained bytes per call: the slope of heap.retained (live heap after a"
                + " verified full collection at the end of each iteration) against cumulative calls, fitted over all"
                + " iterations of all forks with one intercept per fork, with its 95% confidence interval; per call ="
                + " per JMH op divided by the batch size. Where a fork has too few iterations for a slope, the mean of"
                + " heap.retained.norm per call is used. The last measurement"
                + " iteration is left out: JMH releases the benchmark's state inside it, so its heap.retained is the"
                + " reading at its start, the previous iteration's end. Heap exhausted after: for LEAK, the cell's"
                + " -Xmx minus the last retained heap, divided by the bytes per call; the time is at the measured speed."
                + " Charts (report.html): one panel per GC cell on a shared scale, hollow marks per variant and the"
                + " fitted slope as a line through their centre."));
        blocks.add(new Block.Paragraph("Verdict rule: " + report.verdictRule()));
        if (!report.why().isEmpty()) {
            blocks.add(WhySection.legend());
        }
        Map<String, List<LeakWhy>> whyByScenario = new LinkedHashMap<>();
        report.why().forEach(w -> whyByScenario.computeIfAbsent(w.variant().scenario() + params(w.variant()),
                k -> new ArrayList<>()).add(w));
        Map<String, List<GrowthRow>> byScenario = new LinkedHashMap<>();
        report.growth().forEach(g -> byScenario.computeIfAbsent(g.variant().scenario() + params(g.variant()),
                k -> new ArrayList<>()).add(g));
        Map<String, Summary.Scenario> summaries = new LinkedHashMap<>();
        summary.scenarios().forEach(sc -> summaries.put(sc.scenario() + SummaryTables.params(sc.params()), sc));
        int panels = 0;
        int panelsLeftOut = 0;
        for (Map.Entry<String, List<GrowthRow>> entry : byScenario.entrySet()) {
            List<GrowthRow> rows = entry.getValue();
            Variant first = rows.get(0).variant();
            List<Block> body = new ArrayList<>();
            List<List<String>> table = new ArrayList<>();
            Set<Integer> flagged = new java.util.HashSet<>();
            for (GrowthRow g : rows) {
                if (!g.flag().isEmpty()) {
                    flagged.add(table.size());
                }
                table.add(List.of(g.cell().label(), g.variant().method(), HumanUnits.bytes(g.bytesPerCall()),
                        HumanUnits.bytesInterval(g.low(), g.high()), Integer.toString(g.measurements()),
                        HumanUnits.bytes(g.floorBytesPerCall()), g.verdict().name(), HumanUnits.count(g.callsToExhaustion()),
                        HumanUnits.duration(g.secondsToExhaustion()),
                        g.flag().isEmpty() ? g.reason() : g.flag() + (g.reason().isEmpty() ? "" : "; " + g.reason())));
            }
            body.add(new Block.Table(List.of("GC cell", "variant", "retained per call", "95% CI", "n", "noise floor",
                    "verdict", "heap exhausted after (calls)", "at measured speed", "flag / note"), table, flagged,
                    Set.of(6), Set.of()));
            body.addAll(WhySection.blocks(whyByScenario.getOrDefault(entry.getKey(), List.of())));
            List<Block.Chart> charts = growthPanels(rows, MAX_GROWTH_PANELS - panels);
            panels += charts.size();
            panelsLeftOut += (int) rows.stream().map(GrowthRow::cell).distinct().count() - charts.size();
            if (!charts.isEmpty()) {
                body.add(new Block.Panels(charts));
            }
            blocks.add(new Block.Details(first.scenarioSimpleName() + params(first) + ": "
                    + verdictLine(summaries.get(entry.getKey())), body));
        }
        if (panelsLeftOut > 0) {
            blocks.add(new Block.Paragraph("Growth charts were drawn for the first " + panels + " scenario and cell"
                    + " pairs only (" + panelsLeftOut + " left out); the tables have every row."));
        }
    }

    /** "leaky 2 LEAK; fixed 5 BOUNDED (!)": a collapsed scenario still says what it found. */
    private static String verdictLine(Summary.Scenario s) {
        if (s == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (var side : List.of(Map.entry("leaky", s.leaky()), Map.entry("fixed", s.fixed()),
                Map.entry("cost-only", s.other()))) {
            Map<String, Long> counts = new java.util.TreeMap<>();
            side.getValue().forEach(v -> counts.merge(Badge.of(v).replace(" " + Badge.FLAG, ""), 1L, Long::sum));
            if (!counts.isEmpty()) {
                List<String> each = new ArrayList<>();
                counts.forEach((verdict, n) -> each.add(n + " " + verdict));
                parts.add(side.getKey() + " " + String.join(", ", each));
            }
        }
        boolean flagged = s.leaky().stream().anyMatch(v -> !v.flagged().isEmpty())
                || s.fixed().stream().anyMatch(v -> !v.flagged().isEmpty());
        return String.join("; ", parts) + (flagged ? " " + Badge.FLAG : "");
    }

    /** One panel per GC cell of a scenario, on one y scale, at most {@code budget}. */
    private static List<Block.Chart> growthPanels(List<GrowthRow> rows, int budget) {
        Map<GcCell, List<Charts.GrowthSeries>> byCell = new LinkedHashMap<>();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (GrowthRow g : rows) {
            byCell.computeIfAbsent(g.cell(), c -> new ArrayList<>())
                    .add(new Charts.GrowthSeries(g.variant().method(), g.points(), g.bytesPerCall()));
            for (double[] p : g.points()) {
                low = Math.min(low, p[1] / (1024 * 1024));
                high = Math.max(high, p[1] / (1024 * 1024));
            }
        }
        List<Block.Chart> charts = new ArrayList<>();
        for (Map.Entry<GcCell, List<Charts.GrowthSeries>> cell : byCell.entrySet()) {
            if (cell.getValue().stream().allMatch(g -> g.points().isEmpty())) {
                continue;
            }
            if (charts.size() >= budget) {
                break;
            }
            // The scenario is named by the collapsed section the panels sit in; a panel names its cell.
            charts.add(new Block.Chart(Charts.growthPanel(cell.getKey().label(), cell.getValue(), low, high), 400, 290));
        }
        return charts;
    }

    private void pauses() {
        if (report.pauses().rows().isEmpty()) {
            return;
        }
        blocks.add(new Block.Heading(2, "Pauses"));
        blocks.add(new Block.Paragraph("Stop-the-world pauses during measurement iterations, from GcPauseProfiler"
                + " (concurrent GC work is reported apart and never counted as pause). Paused = total pause over the"
                + " nominal measured time (a timed iteration overruns it by up to one operation, so a benchmark that"
                + " does little but collect can show over 100%). MMU = minimum mutator utilisation: the worst share of any window of that"
                + " length left to the application (needs pause lists). Without pause lists p50 is the median of the"
                + " iterations' p50 and p99 the worst iteration's p99. Relative cost: time per call divided by the"
                + " best cell's for the same benchmark, geometric mean over the benchmarks that ran in every cell of"
                + " the JDK (1.00 = best in every benchmark)."));
        blocks.add(new Block.Heading(3, "Per GC cell"));
        List<List<String>> cells = new ArrayList<>();
        for (CellPauses c : report.pauses().cells()) {
            cells.add(row(List.of(c.cell().label(), Integer.toString(c.benchmarks())), c.stats(),
                    HumanUnits.ratio(c.relativeCost())));
        }
        blocks.add(new Block.Table(header(List.of("GC cell", "benchmarks"), "relative cost"), cells, Set.of()));
        Map<String, List<double[]>> percentiles = new LinkedHashMap<>();
        report.pauses().cells().stream().filter(c -> !c.percentiles().isEmpty())
                .forEach(c -> percentiles.put(c.cell().label(), c.percentiles()));
        if (!percentiles.isEmpty()) {
            blocks.add(new Block.Chart(Charts.pausePercentiles(percentiles), 900, 460));
        }
        tradeOffCharts();
        List<List<String>> rows = new ArrayList<>();
        for (PauseRow p : report.pauses().rows()) {
            rows.add(row(List.of(p.variant().scenarioSimpleName() + "." + p.variant().method() + params(p.variant()),
                    p.cell().label()), p.stats(), HumanUnits.plain(p.score()) + " " + p.scoreUnit()));
        }
        blocks.add(new Block.Details("Per benchmark (" + rows.size() + " rows)",
                List.of(new Block.Table(header(List.of("benchmark", "GC cell"), "score"), rows, Set.of()))));
    }

    private static final List<String> PAUSE_COLUMNS = List.of("pauses", "total", "p50", "p99", "max", "paused",
            "concurrent", "MMU 1 ms", "MMU 10 ms", "MMU 100 ms");

    private static List<String> header(List<String> first, String last) {
        List<String> header = new ArrayList<>(first);
        header.addAll(PAUSE_COLUMNS);
        header.add(last);
        return header;
    }

    /** A pause table row: the leading cells, the {@link #PAUSE_COLUMNS}, the last cell. */
    private static List<String> row(List<String> first, PauseStats s, String last) {
        List<String> row = new ArrayList<>(first);
        row.addAll(List.of(Long.toString(s.count()), HumanUnits.millis(s.totalMs()), HumanUnits.millis(s.p50Ms()),
                HumanUnits.millis(s.p99Ms()), HumanUnits.millis(s.maxMs()), HumanUnits.percent(s.pausedShare()),
                HumanUnits.millis(s.concurrentMs()), HumanUnits.percent(s.mmu1()), HumanUnits.percent(s.mmu10()),
                HumanUnits.percent(s.mmu100())));
        row.add(last);
        return row;
    }

    private void tradeOffCharts() {
        Map<String, Map<String, List<double[]>>> byJdk = new TreeMap<>();
        for (TradeOff.Point p : report.tradeOff()) {
            byJdk.computeIfAbsent(p.jdk(), j -> new TreeMap<>())
                    .computeIfAbsent(p.collector(), c -> new ArrayList<>())
                    .add(new double[] {p.heapBytes(), p.relativeCost()});
        }
        byJdk.forEach((jdk, lines) -> {
            if (lines.values().stream().anyMatch(points -> points.size() >= 2)) {
                blocks.add(new Block.Chart(Charts.tradeOff("Time-space trade-off, JDK " + jdk, lines), 760, 400));
            }
        });
    }

    private void allocation() {
        if (report.allocation().isEmpty()) {
            return;
        }
        blocks.add(new Block.Heading(2, "Allocation"));
        blocks.add(new Block.Paragraph("Bytes allocated per call (gc.alloc.rate.norm from -prof gc divided by the"
                + " batch size), mean over all iterations of all forks with its 95% confidence interval; the"
                + " variants of a scenario side by side, fixed first."));
        List<List<String>> rows = new ArrayList<>();
        for (AllocationRow a : report.allocation()) {
            rows.add(List.of(a.variant().scenarioSimpleName() + params(a.variant()), a.cell().label(),
                    a.variant().method(), HumanUnits.bytes(a.bytesPerCall()), HumanUnits.bytesInterval(a.low(), a.high()),
                    Integer.toString(a.measurements())));
        }
        blocks.add(new Block.Details("Allocated bytes per call (" + rows.size() + " rows)", List.of(new Block.Table(
                List.of("scenario", "GC cell", "variant", "allocated per call", "95% CI", "n"), rows, Set.of()))));
    }

    private void jfr() {
        if (report.jfr().isEmpty()) {
            return;
        }
        blocks.add(new Block.Heading(2, "JFR"));
        blocks.add(new Block.Paragraph("From JMH's JFR profiler (settings profile), the benchmark's own threads only."
                + " Top allocation sites: jdk.ObjectAllocationSample weights summed by the first application frame and"
                + " type (the tracemalloc top 10). For benchmarks with a LEAK verdict: jdk.OldObjectSample, objects"
                + " still alive long after allocation, by type and allocation site, with the GC root where the"
                + " recording has one. A recording is named by benchmark and params only, so it is the last GC cell"
                + " that ran the benchmark."));
        for (JfrSummary j : report.jfr()) {
            blocks.add(new Block.Heading(3, j.benchmark() + (j.params().isEmpty() ? "" : " (" + j.params() + ")")));
            blocks.add(new Block.Paragraph("Recording: " + j.file()));
            blocks.add(new Block.Table(List.of("allocation site", "type", "sampled bytes", "share"),
                    j.allocationSites().stream().map(s -> List.of(s.frame(), s.type(), HumanUnits.bytes(s.amount()),
                            HumanUnits.percent(s.share()))).toList(), Set.of()));
            if (!j.oldObjects().isEmpty()) {
                blocks.add(new Block.Table(List.of("old object", "allocated at", "samples", "share", "GC root"),
                        j.oldObjects().stream().map(s -> List.of(s.type(), s.frame(), HumanUnits.count(s.amount()),
                                HumanUnits.percent(s.share()), s.root().isEmpty() ? "not recorded" : s.root()))
                                .toList(), Set.of()));
            }
        }
    }

    static String params(Variant v) {
        return SummaryTables.params(v.params());
    }
}
