package leakbench.analysis.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import leakbench.analysis.model.GcCell;
import leakbench.analysis.report.AllocationRow;
import leakbench.analysis.report.CellPauses;
import leakbench.analysis.report.Environment;
import leakbench.analysis.report.GrowthRow;
import leakbench.analysis.report.JfrSummary;
import leakbench.analysis.report.PauseRow;
import leakbench.analysis.report.PauseStats;
import leakbench.analysis.report.Report;
import leakbench.analysis.report.TradeOff;
import leakbench.analysis.report.Variant;

/** Lays a {@link Report} out as blocks: the sections, tables and charts shared by the Markdown and HTML reports. */
final class ReportDocument {

    static final String TITLE = "leakbench report";
    /** Growth charts beyond this many are left out (the tables still have every row), to keep the page usable. */
    static final int MAX_GROWTH_CHARTS = 24;

    private final Report report;
    private final List<Block> blocks = new ArrayList<>();

    private ReportDocument(Report report) {
        this.report = report;
    }

    static List<Block> of(Report report) {
        ReportDocument d = new ReportDocument(report);
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

    private void environment() {
        Environment e = report.environment();
        blocks.add(new Block.Heading(1, TITLE));
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
        blocks.add(new Block.Heading(2, "Growth"));
        blocks.add(new Block.Paragraph("Retained bytes per call: the slope of heap.retained (live heap after a"
                + " verified full collection at the end of each iteration) against cumulative calls, fitted over all"
                + " iterations of all forks with one intercept per fork, with its 95% confidence interval; per call ="
                + " per JMH op divided by the batch size. Where a fork has too few iterations for a slope, the mean of"
                + " heap.retained.norm per call is used. The last measurement"
                + " iteration is left out: JMH releases the benchmark's state inside it, so its heap.retained is the"
                + " reading at its start, the previous iteration's end. Heap exhausted after: for LEAK, the cell's"
                + " -Xmx minus the last retained heap, divided by the bytes per call; the time is at the measured speed."));
        blocks.add(new Block.Paragraph("Verdict rule: " + report.verdictRule()));
        List<String> flags = report.growth().stream().filter(g -> !g.flag().isEmpty())
                .map(g -> g.variant().scenarioSimpleName() + "." + g.variant().method() + params(g.variant())
                        + " in " + g.cell().label() + ": " + g.flag())
                .toList();
        blocks.add(new Block.Paragraph(flags.isEmpty() ? "Flags: none (every leaky variant leaked, no fixed"
                + " variant did)." : "Flags (" + flags.size() + "):"));
        if (!flags.isEmpty()) {
            blocks.add(new Block.Bullets(flags));
        }
        Map<String, List<GrowthRow>> byScenario = new LinkedHashMap<>();
        report.growth().forEach(g -> byScenario.computeIfAbsent(g.variant().scenario() + params(g.variant()),
                k -> new ArrayList<>()).add(g));
        int charts = 0;
        for (List<GrowthRow> rows : byScenario.values()) {
            Variant first = rows.get(0).variant();
            blocks.add(new Block.Heading(3, first.scenarioSimpleName() + params(first)));
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
            blocks.add(new Block.Table(List.of("GC cell", "variant", "retained per call", "95% CI", "n", "noise floor", "verdict",
                    "heap exhausted after (calls)", "at measured speed", "flag / note"), table, flagged));
            Map<GcCell, Map<String, List<double[]>>> byCell = new LinkedHashMap<>();
            rows.forEach(g -> byCell.computeIfAbsent(g.cell(), c -> new LinkedHashMap<>())
                    .put(g.variant().method(), g.points()));
            for (Map.Entry<GcCell, Map<String, List<double[]>>> cell : byCell.entrySet()) {
                if (cell.getValue().values().stream().allMatch(List::isEmpty)) {
                    continue;
                }
                if (++charts > MAX_GROWTH_CHARTS) {
                    break;
                }
                blocks.add(new Block.Chart(Charts.growth(first.scenarioSimpleName() + params(first) + ", "
                        + cell.getKey().label(), cell.getValue()), 580, 320));
            }
        }
        if (charts > MAX_GROWTH_CHARTS) {
            blocks.add(new Block.Paragraph("Growth charts were drawn for the first " + MAX_GROWTH_CHARTS
                    + " scenario and cell pairs only; the tables above have every row."));
        }
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
        blocks.add(new Block.Heading(3, "Per benchmark"));
        List<List<String>> rows = new ArrayList<>();
        for (PauseRow p : report.pauses().rows()) {
            rows.add(row(List.of(p.variant().scenarioSimpleName() + "." + p.variant().method() + params(p.variant()),
                    p.cell().label()), p.stats(), HumanUnits.plain(p.score()) + " " + p.scoreUnit()));
        }
        blocks.add(new Block.Table(header(List.of("benchmark", "GC cell"), "score"), rows, Set.of()));
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
        blocks.add(new Block.Table(List.of("scenario", "GC cell", "variant", "allocated per call", "95% CI", "n"),
                rows, Set.of()));
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
        if (v.params().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(" (");
        v.params().forEach((k, value) -> b.append(b.length() > 2 ? ", " : "").append(k).append('=').append(value));
        return b.append(')').toString();
    }
}
