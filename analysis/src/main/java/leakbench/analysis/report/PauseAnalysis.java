package leakbench.analysis.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import leakbench.analysis.model.BenchmarkResult;
import leakbench.analysis.model.GcCell;
import leakbench.analysis.model.Metric;

/** Pause figures per benchmark and per GC cell from GcPauseProfiler's metrics and, where written, its pause lists. */
public final class PauseAnalysis {

    static final String COUNT = "gc.pause.count";
    static final String TOTAL = "gc.pause.total";
    static final String MAX = "gc.pause.max";
    static final String P50 = "gc.pause.p50";
    static final String P99 = "gc.pause.p99";
    static final String CONCURRENT = "gc.concurrent.time";
    private static final double[] CHART_PERCENTILES = {0.5, 0.9, 0.99, 0.999, 0.9999};

    /** Per-benchmark rows (sorted by benchmark, then cell) and per-cell summaries (sorted by cell). */
    public record Result(List<PauseRow> rows, List<CellPauses> cells) {
    }

    private PauseAnalysis() {
    }

    public static boolean hasPauseMetrics(BenchmarkResult r) {
        return r.secondary().containsKey(COUNT) || r.secondary().containsKey(TOTAL);
    }

    public static Result analyse(List<BenchmarkResult> results, PauseLists lists) {
        Map<GcCell, List<BenchmarkResult>> byCell = new LinkedHashMap<>();
        List<PauseRow> rows = new ArrayList<>();
        for (BenchmarkResult r : results) {
            if (hasPauseMetrics(r)) {
                rows.add(row(r, lists.forks(r)));
                byCell.computeIfAbsent(r.gcCell(), c -> new ArrayList<>()).add(r);
            }
        }
        rows.sort(Comparator.comparing((PauseRow p) -> p.variant().scenario())
                .thenComparing(p -> p.variant().method())
                .thenComparing(p -> p.variant().params().toString())
                .thenComparing(PauseRow::cell, CellOrder.ORDER));
        Map<GcCell, Double> cost = TradeOff.relativeCost(results);
        Map<GcCell, List<PauseRow>> rowsByCell = new LinkedHashMap<>();
        rows.forEach(p -> rowsByCell.computeIfAbsent(p.cell(), c -> new ArrayList<>()).add(p));
        List<CellPauses> cells = new ArrayList<>();
        byCell.forEach((cell, cellResults) -> cells.add(cell(cell, cellResults, rowsByCell.get(cell), lists,
                cost.getOrDefault(cell, Double.NaN))));
        cells.sort(Comparator.comparing(CellPauses::cell, CellOrder.ORDER));
        return new Result(rows, cells);
    }

    private static PauseRow row(BenchmarkResult r, List<List<Pause>> forks) {
        double[] durations = durations(forks);
        // A fork's pause list may be empty: no pause during measurement is a measurement too.
        boolean fromLists = !forks.isEmpty();
        double seconds = Calls.measuredSeconds(r);
        double total = sum(r, TOTAL);
        double[] mmu = fromLists ? worstMmu(forks) : new double[] {Double.NaN, Double.NaN, Double.NaN};
        PauseStats stats = new PauseStats(Math.round(sum(r, COUNT)), total,
                fromLists ? percentile(durations, 0.5) : median(pausedIterations(r, P50)),
                fromLists ? percentile(durations, 0.99) : max(pausedIterations(r, P99)),
                fromLists ? max(durations) : max(pausedIterations(r, MAX)),
                seconds > 0 ? total / (seconds * 1000) : Double.NaN,
                r.secondary().containsKey(CONCURRENT) ? sum(r, CONCURRENT) : Double.NaN, mmu[0], mmu[1], mmu[2]);
        return new PauseRow(Variant.of(r), r.gcCell(), stats, fromLists, seconds, r.primary().score(),
                r.primary().unit());
    }

    private static CellPauses cell(GcCell cell, List<BenchmarkResult> results, List<PauseRow> mine,
                                   PauseLists lists, double relativeCost) {
        List<List<Pause>> allForks = new ArrayList<>();
        results.forEach(r -> allForks.addAll(lists.forks(r)));
        double[] durations = durations(allForks);
        List<double[]> points = new ArrayList<>();
        double p50;
        double p99;
        double maxMs;
        if (!allForks.isEmpty()) {
            for (double p : CHART_PERCENTILES) {
                // A percentile needs at least 1/(1-p) pauses to differ from the maximum.
                if (durations.length >= Math.round(1 / (1 - p))) {
                    points.add(new double[] {p, percentile(durations, p)});
                }
            }
            p50 = percentile(durations, 0.5);
            p99 = percentile(durations, 0.99);
            maxMs = max(durations);
        } else {
            p50 = median(results.stream().flatMapToDouble(r -> Arrays.stream(pausedIterations(r, P50))).toArray());
            p99 = max(results.stream().flatMapToDouble(r -> Arrays.stream(pausedIterations(r, P99))).toArray());
            maxMs = max(results.stream().flatMapToDouble(r -> Arrays.stream(pausedIterations(r, MAX))).toArray());
            points.add(new double[] {0.5, p50});
            points.add(new double[] {0.99, p99});
        }
        points.add(new double[] {1.0, maxMs});
        List<PauseStats> stats = mine.stream().map(PauseRow::stats).toList();
        double total = stats.stream().mapToDouble(PauseStats::totalMs).sum();
        double seconds = mine.stream().mapToDouble(PauseRow::measuredSeconds).sum();
        PauseStats pooled = new PauseStats(stats.stream().mapToLong(PauseStats::count).sum(), total, p50, p99, maxMs,
                seconds > 0 ? total / (seconds * 1000) : Double.NaN,
                stats.stream().mapToDouble(PauseStats::concurrentMs).filter(Double::isFinite).reduce(Double::sum)
                        .orElse(Double.NaN),
                minFinite(stats.stream().mapToDouble(PauseStats::mmu1)),
                minFinite(stats.stream().mapToDouble(PauseStats::mmu10)),
                minFinite(stats.stream().mapToDouble(PauseStats::mmu100)));
        return new CellPauses(cell, mine.size(), pooled, relativeCost,
                points.stream().filter(p -> p[1] > 0 && Double.isFinite(p[1])).toList());
    }

    /** MMU at 1, 10 and 100 ms: the worst fork's (1 when no fork paused). */
    private static double[] worstMmu(List<List<Pause>> forks) {
        double[] worst = {1, 1, 1};
        double[] windows = {1, 10, 100};
        for (List<Pause> fork : forks) {
            if (fork.isEmpty()) {
                continue;
            }
            double from = fork.stream().mapToDouble(Pause::startMs).min().orElse(0);
            double to = fork.stream().mapToDouble(p -> p.startMs() + p.durationMs()).max().orElse(from);
            Mmu mmu = new Mmu(fork, from, to);
            for (int i = 0; i < windows.length; i++) {
                worst[i] = Math.min(worst[i], mmu.at(windows[i]));
            }
        }
        return worst;
    }

    private static double[] durations(List<List<Pause>> forks) {
        return forks.stream().flatMap(List::stream).mapToDouble(Pause::durationMs).sorted().toArray();
    }

    /** Nearest-rank percentile of sorted values; NaN for none. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
    }

    private static double[] values(BenchmarkResult r, String name) {
        Metric m = r.secondary().get(name);
        return m == null ? new double[0] : m.finiteValues();
    }

    /** A pause statistic of the iterations that had pauses: GcPauseProfiler writes 0 for an iteration without any. */
    private static double[] pausedIterations(BenchmarkResult r, String name) {
        return Arrays.stream(values(r, name)).filter(v -> v > 0).toArray();
    }

    private static double sum(BenchmarkResult r, String name) {
        double[] v = values(r, name);
        return v.length == 0 ? Double.NaN : Arrays.stream(v).sum();
    }

    private static double median(double[] v) {
        return v.length == 0 ? Double.NaN : percentile(Arrays.stream(v).sorted().toArray(), 0.5);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }

    private static double minFinite(java.util.stream.DoubleStream values) {
        return values.filter(Double::isFinite).min().orElse(Double.NaN);
    }
}
