package leakbench.analysis.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import leakbench.analysis.model.BenchmarkResult;
import leakbench.analysis.model.GcCell;
import leakbench.analysis.model.Metric;

/**
 * What each collector costs in wall time and CPU, LBO style (Cai, Blackburn, Bond, Maas, "Distilling the Real Cost
 * of Production Garbage Collectors", ISPASS 2022): a cell's cost over the cheapest GC-free estimate of the same work.
 */
public final class CostAnalysis {

    static final String PROCESS_NORM = "cpu.process.norm";
    static final String GC_NORM = "cpu.gc.norm";
    static final String PROCESS = "cpu.process";
    static final String GC = "cpu.gc";
    static final String EPSILON = "Epsilon";

    /** The overhead rule in one sentence. */
    public static final String RULE = "A cell's overhead is its wall time (CPU time) per call divided by the"
            + " smallest distilled cost of the same benchmark and parameters on the same JDK over all cells of the"
            + " result set, collectors and heap sizes together, where the distilled cost is the wall time minus the"
            + " cell's stop-the-world pause time (the CPU time minus its GC threads' CPU time) and Epsilon's total"
            + " cost is one more candidate, so 1.00 means no GC cost above the cheapest GC-free estimate; a cell whose"
            + " pauses (GC threads) took more than three quarters of its wall time (CPU time) is no candidate, its"
            + " distilled cost being the small difference of two large measured numbers.";

    /**
     * Largest GC part of a cell's cost for its distilled cost to be a baseline candidate. The distilled cost's
     * relative error is the GC measurement's times share / (1 - share): three times it at 0.75, nine times at 0.9.
     * In the GC study (results/gc-study) Serial at 2x its minimum heap paused for 98.6% of the steps' measured
     * time, a distilled cost of 0.35 ms, under a quarter of the 1.66 ms of the cheapest cell paused under 75% (the
     * cells paused 75-96% left 0.70-2.80 ms, the least where they paused most): the smallest distilled cost was
     * measurement error. The cut is a choice: at 0.9, Serial at 6x (86% paused, 0.76 ms) would set the baseline.
     */
    static final double MAX_GC_SHARE_FOR_BASELINE = 0.75;

    /** Rows per benchmark and cell (sorted by benchmark, then cell) and summaries per cell. */
    public record Result(List<CostRow> rows, List<CellCost> cells) {
        public Result {
            rows = List.copyOf(rows);
            cells = List.copyOf(cells);
        }
    }

    private CostAnalysis() {
    }

    public static Result analyse(List<BenchmarkResult> results, PauseAnalysis.Result pauses, HeapMultiples multiples) {
        Map<String, PauseRow> pauseRows = new HashMap<>();
        pauses.rows().forEach(p -> pauseRows.put(key(p.variant(), p.cell()), p));
        List<Partial> partials = new ArrayList<>();
        for (BenchmarkResult r : results) {
            Metric cpu = r.secondary().get(PROCESS_NORM);
            OptionalDouble perSecond = Calls.perSecond(r);
            if (cpu == null || perSecond.isEmpty()) {
                continue;
            }
            Variant variant = Variant.of(r);
            int batch = Calls.batchSize(r);
            PauseRow pauseRow = pauseRows.get(key(variant, r.gcCell()));
            boolean epsilon = r.gcCell().collector().equals(EPSILON);
            double pausedShare = pauseRow != null ? Math.min(1, pauseRow.stats().pausedShare()) : epsilon ? 0 : Double.NaN;
            double wall = 1e9 / perSecond.getAsDouble();
            double cpuNs = cpu.score() / batch;
            Metric gcNorm = r.secondary().get(GC_NORM);
            double gcNs = gcNorm != null ? gcNorm.score() / batch : epsilon ? 0 : Double.NaN;
            partials.add(new Partial(r, variant, multiples.of(r).orElse(Double.NaN), wall, cpuNs, gcNs,
                    ratioOfSums(r, GC, PROCESS), pausedShare,
                    pauseRow != null ? pauseRow.stats().p99Ms() : Double.NaN,
                    wall * (1 - pausedShare), cpuNs - gcNs));
        }
        Map<String, Partial> wallBaseline = baselines(partials, Partial::distilledWall, Partial::pausedShare);
        Map<String, Partial> cpuBaseline = baselines(partials, Partial::distilledCpu, p -> p.gcCpu() / p.cpu());
        List<CostRow> rows = new ArrayList<>();
        for (Partial p : partials) {
            Partial wallBase = wallBaseline.get(baselineKey(p));
            Partial cpuBase = cpuBaseline.get(baselineKey(p));
            rows.add(new CostRow(p.variant(), p.result().gcCell(), p.multiple(), p.wall(), p.cpu(), p.gcCpu(),
                    p.gcShare(), p.pausedShare(), p.p99(), p.distilledWall(), p.distilledCpu(),
                    wallBase == null ? Double.NaN : p.wall() / wallBase.distilledWall(),
                    cpuBase == null ? Double.NaN : p.cpu() / cpuBase.distilledCpu(),
                    wallBase == null ? "" : wallBase.result().gcCell().label() + multipleSuffix(wallBase),
                    cpuBase == null ? "" : cpuBase.result().gcCell().label() + multipleSuffix(cpuBase)));
        }
        rows.sort(Comparator.comparing((CostRow c) -> c.variant().scenario())
                .thenComparing(c -> c.variant().method())
                .thenComparing(c -> c.variant().params().toString())
                .thenComparing(CostRow::cell, CellOrder.ORDER));
        return new Result(rows, cells(rows, partials));
    }

    private static List<CellCost> cells(List<CostRow> rows, List<Partial> partials) {
        Map<GcCell, List<CostRow>> byCell = new TreeMap<>(CellOrder.ORDER);
        rows.forEach(r -> byCell.computeIfAbsent(r.cell(), c -> new ArrayList<>()).add(r));
        List<CellCost> cells = new ArrayList<>();
        byCell.forEach((cell, mine) -> {
            double gc = 0;
            double process = 0;
            for (Partial p : partials) {
                if (p.result().gcCell().equals(cell)) {
                    gc += sum(p.result(), GC);
                    process += sum(p.result(), PROCESS);
                }
            }
            double[] multiples = mine.stream().mapToDouble(CostRow::heapMultiple).distinct().toArray();
            cells.add(new CellCost(cell, mine.size(), multiples.length == 1 ? multiples[0] : Double.NaN,
                    process > 0 ? gc / process : Double.NaN,
                    geometricMean(mine.stream().mapToDouble(CostRow::wallOverhead).toArray()),
                    geometricMean(mine.stream().mapToDouble(CostRow::cpuOverhead).toArray()),
                    mine.stream().mapToDouble(CostRow::pauseP99Ms).filter(Double::isFinite).max().orElse(Double.NaN)));
        });
        return cells;
    }

    /** One row before the baselines are known. */
    private record Partial(BenchmarkResult result, Variant variant, double multiple, double wall, double cpu,
                           double gcCpu, double gcShare, double pausedShare, double p99, double distilledWall,
                           double distilledCpu) {
    }

    /**
     * Per benchmark and JDK, the row with the smallest positive distilled cost among those whose GC part ({@code
     * gcShare}) is at most {@link #MAX_GC_SHARE_FOR_BASELINE}.
     */
    private static Map<String, Partial> baselines(List<Partial> partials, ToDoubleFunction<Partial> cost,
                                                  ToDoubleFunction<Partial> gcShare) {
        Map<String, Partial> best = new HashMap<>();
        for (Partial p : partials) {
            double c = cost.applyAsDouble(p);
            if (Double.isFinite(c) && c > 0 && gcShare.applyAsDouble(p) <= MAX_GC_SHARE_FOR_BASELINE) {
                best.merge(baselineKey(p), p, (a, b) -> cost.applyAsDouble(a) <= cost.applyAsDouble(b) ? a : b);
            }
        }
        return best;
    }

    private static String baselineKey(Partial p) {
        return p.result().benchmark() + " " + p.result().mode() + " " + new TreeMap<>(p.result().params()) + " JDK "
                + p.result().gcCell().jdkFeature();
    }

    private static String key(Variant v, GcCell cell) {
        return v.scenario() + "." + v.method() + " " + v.params() + " " + cell;
    }

    private static String multipleSuffix(Partial p) {
        return Double.isFinite(p.multiple()) ? String.format(java.util.Locale.ROOT, " (%.2gx)", p.multiple()) : "";
    }

    private static double ratioOfSums(BenchmarkResult r, String numerator, String denominator) {
        double d = sum(r, denominator);
        return r.secondary().containsKey(numerator) && d > 0 ? sum(r, numerator) / d : Double.NaN;
    }

    private static double sum(BenchmarkResult r, String name) {
        Metric m = r.secondary().get(name);
        return m == null ? 0 : Arrays.stream(m.finiteValues()).sum();
    }

    /** Geometric mean of the finite positive values; NaN when there is none. */
    static double geometricMean(double[] values) {
        double[] finite = Arrays.stream(values).filter(v -> Double.isFinite(v) && v > 0).toArray();
        return finite.length == 0 ? Double.NaN
                : Math.exp(Arrays.stream(finite).map(Math::log).sum() / finite.length);
    }
}
