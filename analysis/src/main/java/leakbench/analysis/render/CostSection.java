package leakbench.analysis.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import leakbench.analysis.report.CellCost;
import leakbench.analysis.report.CostAnalysis;
import leakbench.analysis.report.CostRow;

/** The report's cost section: CPU per call, GC share of CPU and LBO-style overhead, per cell and per benchmark. */
final class CostSection {

    private CostSection() {
    }

    static List<Block> of(CostAnalysis.Result cost) {
        List<Block> blocks = new ArrayList<>();
        if (cost.rows().isEmpty()) {
            return blocks;
        }
        blocks.add(new Block.Heading(2, "Cost"));
        blocks.add(new Block.Paragraph("What each collector costs besides its pauses, from CpuProfiler: CPU per call"
                + " of the whole process and of the GC's threads (cpu.process.norm, cpu.gc.norm over the batch size),"
                + " the GC threads' share of the process CPU, and the LBO-style overhead (Cai, Blackburn, Bond, Maas,"
                + " ISPASS 2022). GC threads miss the mutator's own GC costs (barriers, allocation slow paths, poorer"
                + " locality), which the overhead catches and the GC share does not. Heap multiple: the cell's heap"
                + " over the benchmark's minimum heap from run.json (--min-heap)."));
        blocks.add(new Block.Paragraph("Overhead rule: " + CostAnalysis.RULE));
        blocks.add(new Block.Heading(3, "Cost per GC cell"));
        List<List<String>> cells = new ArrayList<>();
        for (CellCost c : cost.cells()) {
            cells.add(List.of(c.cell().label(), multiple(c.heapMultiple()), Integer.toString(c.benchmarks()),
                    HumanUnits.percent(c.gcShare()), HumanUnits.ratio(c.wallOverhead()), HumanUnits.ratio(c.cpuOverhead()),
                    HumanUnits.millis(c.pauseP99Ms())));
        }
        blocks.add(new Block.Table(List.of("GC cell", "heap multiple", "benchmarks", "GC share of CPU",
                "wall overhead", "CPU overhead", "p99 pause"), cells, Set.of()));
        atTwiceTheMinimumHeap(cost, blocks);
        charts(cost, blocks);
        List<List<String>> rows = new ArrayList<>();
        for (CostRow r : cost.rows()) {
            rows.add(List.of(r.variant().scenarioSimpleName() + "." + r.variant().method() + ReportDocument.params(r.variant()),
                    r.cell().label(), multiple(r.heapMultiple()), HumanUnits.nanos(r.wallNs()), HumanUnits.nanos(r.cpuNs()),
                    HumanUnits.nanos(r.gcCpuNs()), HumanUnits.percent(r.gcShare()), HumanUnits.percent(r.pausedShare()),
                    HumanUnits.millis(r.pauseP99Ms()), HumanUnits.ratio(r.wallOverhead()), HumanUnits.ratio(r.cpuOverhead()),
                    r.wallBaseline().isEmpty() ? HumanUnits.NONE : r.wallBaseline(),
                    r.cpuBaseline().isEmpty() ? HumanUnits.NONE : r.cpuBaseline()));
        }
        // Collapsed like the per-benchmark pauses: the per-cell figures are the answer, these rows its evidence.
        blocks.add(new Block.Details("Cost per benchmark (" + rows.size() + " rows)", List.of(new Block.Table(
                List.of("benchmark", "GC cell", "heap multiple", "wall per call", "CPU per call", "GC CPU per call",
                        "GC share of CPU", "paused", "p99 pause", "wall overhead", "CPU overhead", "wall baseline",
                        "CPU baseline"), rows, Set.of()))));
        return blocks;
    }

    /**
     * The one-line answer per collector and JDK, where the result set has cells at 2x the minimum heap (DaCapo's
     * and the paper's reference point for "a modest heap"), plus Epsilon wherever it ran.
     */
    private static void atTwiceTheMinimumHeap(CostAnalysis.Result cost, List<Block> blocks) {
        List<List<String>> rows = new ArrayList<>();
        for (CellCost c : cost.cells()) {
            boolean twice = Math.abs(c.heapMultiple() - 2) < 0.05 && c.cell().youngSize().isEmpty();
            if (twice || c.cell().collector().equals("Epsilon")) {
                rows.add(List.of(c.cell().collector(), c.cell().jdkFeature(), c.cell().label(),
                        HumanUnits.ratio(c.wallOverhead()), HumanUnits.ratio(c.cpuOverhead()),
                        HumanUnits.millis(c.pauseP99Ms()), HumanUnits.percent(c.gcShare())));
            }
        }
        if (rows.stream().anyMatch(r -> !r.get(0).equals("Epsilon"))) {
            blocks.add(new Block.Heading(3, "At 2x the minimum heap"));
            blocks.add(new Block.Table(List.of("collector", "JDK", "GC cell", "wall overhead", "CPU overhead",
                    "p99 pause", "GC share of CPU"), rows, Set.of()));
        }
    }

    /** Per JDK: overhead against heap multiple (wall and CPU), and CPU overhead against p99 pause. */
    private static void charts(CostAnalysis.Result cost, List<Block> blocks) {
        Map<String, List<CellCost>> byJdk = new TreeMap<>();
        cost.cells().forEach(c -> byJdk.computeIfAbsent(c.cell().jdkFeature(), j -> new ArrayList<>()).add(c));
        byJdk.forEach((jdk, cells) -> {
            // A cell with its own young size is another configuration, not another point of the heap curve.
            List<CellCost> heapCurve = cells.stream().filter(c -> c.cell().youngSize().isEmpty()).toList();
            for (boolean wall : new boolean[] {true, false}) {
                Map<String, List<double[]>> lines = series(heapCurve, CellCost::heapMultiple,
                        wall ? CellCost::wallOverhead : CellCost::cpuOverhead);
                if (lines.values().stream().anyMatch(points -> points.size() >= 2)) {
                    blocks.add(new Block.Chart(CostCharts.overheadByHeap((wall ? "Wall-time" : "CPU")
                            + " overhead by heap size, JDK " + jdk, wall ? "wall-time" : "CPU", lines), 760, 420));
                }
            }
            Map<String, List<double[]>> tradeOff = series(cells, CellCost::pauseP99Ms, CellCost::cpuOverhead);
            if (!tradeOff.isEmpty()) {
                blocks.add(new Block.Chart(CostCharts.cpuAgainstPause("CPU cost against p99 pause, one point per"
                        + " GC cell, JDK " + jdk, tradeOff), 760, 420));
            }
        });
    }

    private static Map<String, List<double[]>> series(List<CellCost> cells, ToDoubleFunction<CellCost> x,
                                                      ToDoubleFunction<CellCost> y) {
        Map<String, List<double[]>> byCollector = new TreeMap<>();
        for (CellCost c : cells) {
            double xv = x.applyAsDouble(c);
            double yv = y.applyAsDouble(c);
            if (Double.isFinite(xv) && xv > 0 && Double.isFinite(yv)) {
                byCollector.computeIfAbsent(c.cell().collector(), k -> new ArrayList<>()).add(new double[] {xv, yv});
            }
        }
        return byCollector;
    }

    private static String multiple(double m) {
        return Double.isFinite(m) ? String.format(java.util.Locale.ROOT, "%.2fx", m) : HumanUnits.NONE;
    }
}
