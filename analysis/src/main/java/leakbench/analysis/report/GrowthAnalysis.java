package leakbench.analysis.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import leakbench.analysis.model.BenchmarkResult;
import leakbench.analysis.model.Metric;

/** Retained bytes per call, verdict and time to heap exhaustion for every result that has retention metrics. */
public final class GrowthAnalysis {

    public static final String RETAINED = "heap.retained";
    public static final String RETAINED_NORM = "heap.retained.norm";

    private GrowthAnalysis() {
    }

    /** Rows sorted by scenario, params, cell and variant; results without retention metrics are left out. */
    public static List<GrowthRow> analyse(List<BenchmarkResult> results) {
        List<GrowthRow> rows = new ArrayList<>();
        for (BenchmarkResult r : results) {
            if (r.secondary().containsKey(RETAINED) || r.secondary().containsKey(RETAINED_NORM)) {
                rows.add(row(r));
            }
        }
        rows.sort(Comparator.comparing((GrowthRow g) -> g.variant().scenario())
                .thenComparing(g -> g.variant().params().toString())
                .thenComparing(GrowthRow::cell, CellOrder.ORDER)
                .thenComparing(g -> g.variant().kind())
                .thenComparing(g -> g.variant().method()));
        return rows;
    }

    static GrowthRow row(BenchmarkResult r) {
        Variant variant = Variant.of(r);
        List<double[]> points = new ArrayList<>();
        List<Slope.Series> series = retainedSeries(r, points);
        Optional<Slope> slope = Slope.commonSlope(series);
        String method = GrowthRow.REGRESSION;
        if (slope.isEmpty()) {
            slope = normMean(r);
            method = GrowthRow.NORM_MEAN;
        }
        double floor = Verdict.floor(Calls.perIteration(r));
        Verdict verdict = Verdict.of(slope, floor);
        String reason = slope.isPresent() ? "" : missingReason(r);
        long heap = Units.heapBytes(r.gcCell().maxHeap()).orElse(-1);
        double last = lastRetained(r);
        double calls = Double.NaN;
        double seconds = Double.NaN;
        if (verdict == Verdict.LEAK && heap > 0 && Double.isFinite(last)) {
            calls = Math.max(0, heap - last) / slope.get().estimate();
            OptionalDouble speed = Calls.perSecond(r);
            seconds = speed.isPresent() ? calls / speed.getAsDouble() : Double.NaN;
        }
        return new GrowthRow(variant, r.gcCell(), slope.isPresent() ? method : "",
                slope.map(Slope::estimate).orElse(Double.NaN), slope.map(Slope::low).orElse(Double.NaN),
                slope.map(Slope::high).orElse(Double.NaN), slope.map(Slope::points).orElse(0), verdict, reason,
                floor, heap, last, calls, seconds, flag(variant.kind(), verdict), points);
    }

    /**
     * Per fork, the finite (calls, heap.retained) pairs; every pair is also added to {@code points}. JMH drops the
     * benchmark's state inside the last measurement iteration, so HeapGrowthProfiler reports that iteration's
     * {@code heap.retained} as read at the iteration's start: the same reading as the previous iteration's end, so
     * it is left out rather than counted twice (which would narrow the interval).
     */
    private static List<Slope.Series> retainedSeries(BenchmarkResult r, List<double[]> points) {
        Metric retained = r.secondary().get(RETAINED);
        if (retained == null) {
            return List.of();
        }
        List<double[]> calls = Calls.cumulative(r);
        List<Slope.Series> series = new ArrayList<>();
        for (int f = 0; f < Math.min(calls.size(), retained.rawData().size()); f++) {
            List<Double> y = retained.rawData().get(f);
            double[] x = calls.get(f);
            List<double[]> fork = new ArrayList<>();
            int n = Math.min(x.length, y.size());
            for (int i = 0; i < n; i++) {
                if (i == x.length - 1 && i > 0) {
                    continue;
                }
                if (Double.isFinite(x[i]) && Double.isFinite(y.get(i))) {
                    fork.add(new double[] {x[i], y.get(i)});
                }
            }
            points.addAll(fork);
            series.add(new Slope.Series(fork.stream().mapToDouble(p -> p[0]).toArray(),
                    fork.stream().mapToDouble(p -> p[1]).toArray()));
        }
        return series;
    }

    /**
     * Fewest per-iteration growth measurements a verdict rests on. {@code --quick} measures 3 iterations in one
     * fork, and the last one is not a measurement (JMH releases the state inside it), so 2 are all it has: their
     * Student-t interval (1 degree of freedom, t = 12.7) is wide but valid, and a leak of a kilobyte per call or a
     * flat fixed variant still clears the floor; with a minimum of 3 every row of every quick run was
     * INCONCLUSIVE.
     */
    static final int MIN_MEASUREMENTS = 2;

    /**
     * With one iteration per fork there is no slope to fit; the profiler's own per-op growth still tells. The last
     * measurement iteration of a fork with several is left out: HeapGrowthProfiler reports there the mean of the
     * fork's earlier iterations, not a measurement.
     */
    private static Optional<Slope> normMean(BenchmarkResult r) {
        Metric norm = r.secondary().get(RETAINED_NORM);
        if (norm == null) {
            return Optional.empty();
        }
        int batch = Calls.batchSize(r);
        double[] perCall = norm.rawData().stream()
                .flatMap(fork -> fork.size() > 1 ? fork.subList(0, fork.size() - 1).stream() : fork.stream())
                .mapToDouble(Double::doubleValue).filter(Double::isFinite).map(v -> v / batch).toArray();
        return perCall.length >= MIN_MEASUREMENTS ? Slope.mean(perCall) : Optional.empty();
    }

    private static String missingReason(BenchmarkResult r) {
        Metric retained = r.secondary().get(RETAINED);
        Metric norm = r.secondary().get(RETAINED_NORM);
        int finite = Math.max(retained == null ? 0 : retained.finiteValues().length,
                norm == null ? 0 : norm.finiteValues().length);
        if (finite == 0) {
            return "no finite retention values (NaN or infinite: e.g. Epsilon never collects, so retention"
                    + " is not measurable)";
        }
        return "too few measurements (" + finite + ") for a confidence interval";
    }

    private static double lastRetained(BenchmarkResult r) {
        Metric retained = r.secondary().get(RETAINED);
        if (retained == null) {
            return Double.NaN;
        }
        return retained.finiteValuesByFork().stream().mapToDouble(fork -> fork[fork.length - 1]).average()
                .orElse(Double.NaN);
    }

    private static String flag(VariantKind kind, Verdict verdict) {
        if (kind == VariantKind.LEAKY && verdict != Verdict.LEAK) {
            return "leaky variant did not leak (" + verdict + ")";
        }
        if (kind == VariantKind.FIXED && verdict == Verdict.LEAK) {
            return "fixed variant leaked";
        }
        return "";
    }

}
