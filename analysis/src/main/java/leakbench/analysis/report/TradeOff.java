package leakbench.analysis.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

import leakbench.analysis.model.BenchmarkResult;
import leakbench.analysis.model.GcCell;

/**
 * The cost of each GC cell relative to the cheapest cell of the same JDK, as in the LBO methodology: per benchmark,
 * time per call divided by the best cell's; then the geometric mean over the benchmarks that ran in every cell of
 * that JDK (a benchmark missing from a cell would bias the mean).
 */
public final class TradeOff {

    /** One point of the time-space chart. */
    public record Point(String jdk, String collector, long heapBytes, double relativeCost) {
    }

    private TradeOff() {
    }

    public static Map<GcCell, Double> relativeCost(List<BenchmarkResult> results) {
        Map<String, List<BenchmarkResult>> byJdk = new TreeMap<>();
        results.forEach(r -> byJdk.computeIfAbsent(r.gcCell().jdkFeature(), j -> new ArrayList<>()).add(r));
        Map<GcCell, Double> cost = new LinkedHashMap<>();
        byJdk.values().forEach(jdkResults -> cost.putAll(relativeCostWithinJdk(jdkResults)));
        return cost;
    }

    /** Chart points: cells with a heap size and a relative cost. */
    public static List<Point> points(List<BenchmarkResult> results) {
        List<Point> points = new ArrayList<>();
        relativeCost(results).forEach((cell, cost) -> {
            long heap = Units.heapBytes(cell.maxHeap()).orElse(-1);
            if (heap > 0 && Double.isFinite(cost)) {
                points.add(new Point(cell.jdkFeature(), cell.collector(), heap, cost));
            }
        });
        return points;
    }

    private static Map<GcCell, Double> relativeCostWithinJdk(List<BenchmarkResult> results) {
        Map<String, Map<GcCell, Double>> costByBenchmark = new HashMap<>();
        java.util.Set<GcCell> cells = new java.util.LinkedHashSet<>();
        for (BenchmarkResult r : results) {
            cells.add(r.gcCell());
            OptionalDouble perSecond = Calls.perSecond(r);
            if (perSecond.isPresent()) {
                String id = r.benchmark() + " " + r.mode() + " " + new TreeMap<>(r.params());
                costByBenchmark.computeIfAbsent(id, k -> new HashMap<>()).put(r.gcCell(), 1 / perSecond.getAsDouble());
            }
        }
        Map<GcCell, Double> logSum = new HashMap<>();
        int common = 0;
        for (Map<GcCell, Double> costs : costByBenchmark.values()) {
            if (!costs.keySet().containsAll(cells)) {
                continue;
            }
            common++;
            double best = costs.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            costs.forEach((cell, c) -> logSum.merge(cell, Math.log(c / best), Double::sum));
        }
        Map<GcCell, Double> result = new LinkedHashMap<>();
        for (GcCell cell : cells) {
            result.put(cell, common == 0 ? Double.NaN : Math.exp(logSum.getOrDefault(cell, 0.0) / common));
        }
        return result;
    }
}
