package leakbench.analysis.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import leakbench.analysis.model.BenchmarkResult;

/**
 * For every LEAK row, what grows and what holds it ({@link LeakWhy}), from the trace files beside the results.
 * Types are the mean over the row's traced forks; the path is the first fork's that has one. BOUNDED and
 * INCONCLUSIVE rows get nothing: what did not grow needs no path.
 */
public final class WhyAnalysis {

    private WhyAnalysis() {
    }

    public static List<LeakWhy> analyse(List<BenchmarkResult> results, TraceFiles.Traces traces) {
        List<LeakWhy> rows = new ArrayList<>();
        if (!traces.found()) {
            return rows;
        }
        for (BenchmarkResult r : results) {
            if (!r.secondary().containsKey(GrowthAnalysis.RETAINED)
                    && !r.secondary().containsKey(GrowthAnalysis.RETAINED_NORM)) {
                continue;
            }
            GrowthRow growth = GrowthAnalysis.row(r);
            if (growth.verdict() == Verdict.LEAK) {
                rows.add(why(growth, traces.of(r)));
            }
        }
        rows.sort(Comparator.comparing((LeakWhy w) -> w.variant().scenario()).thenComparing(w -> w.variant().method())
                .thenComparing(w -> w.variant().params().toString()).thenComparing(LeakWhy::cell, CellOrder.ORDER));
        return rows;
    }

    static LeakWhy why(GrowthRow growth, List<JsonNode> forks) {
        if (forks.isEmpty()) {
            return new LeakWhy(growth.variant(), growth.cell(), List.of(), Double.NaN, "", "", 0, 0,
                    "no trace file for this result (run with -prof"
                            + " leakbench.profile.HeapGrowthProfiler:trace=true;dir=DIR/traces)", 0);
        }
        List<LeakWhy.GrowingType> types = meanTypes(forks);
        double listed = types.stream().mapToDouble(LeakWhy.GrowingType::bytesPerCall).sum();
        double explained = growth.bytesPerCall() > 0 ? listed / growth.bytesPerCall() : Double.NaN;
        for (JsonNode fork : forks) {
            // The first type with a strong path; types before it (held only through soft or weak references, say)
            // are named with what stopped them, so the row still says what keeps the payload.
            StringBuilder before = new StringBuilder();
            for (JsonNode path : fork.path("paths")) {
                if (!path.path("text").asText().isEmpty() && path.path("sharing").asInt() > 0) {
                    return new LeakWhy(growth.variant(), growth.cell(), types, explained,
                            before + path.path("text").asText(), path.path("type").asText(),
                            path.path("sharing").asInt(), path.path("sampled").asInt(), "", forks.size());
                }
                before.append('(').append(path.path("type").asText()).append(": ")
                        .append(path.path("text").asText()).append(") ");
            }
        }
        JsonNode first = forks.get(0);
        String reason = first.path("paths").path(0).path("text").asText(first.path("dump").path("reason").asText());
        return new LeakWhy(growth.variant(), growth.cell(), types, explained, "", "", 0, 0,
                reason.isEmpty() ? "no root path in the trace" : reason, forks.size());
    }

    private static List<LeakWhy.GrowingType> meanTypes(List<JsonNode> forks) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (JsonNode fork : forks) {
            for (JsonNode t : fork.path("growingTypes")) {
                double[] s = sums.computeIfAbsent(t.path("type").asText(), k -> new double[2]);
                s[0] += t.path("instancesPerCall").asDouble();
                s[1] += t.path("bytesPerCall").asDouble();
            }
        }
        return sums.entrySet().stream()
                .map(e -> new LeakWhy.GrowingType(e.getKey(), e.getValue()[0] / forks.size(),
                        e.getValue()[1] / forks.size()))
                .sorted(Comparator.comparingDouble(LeakWhy.GrowingType::bytesPerCall).reversed())
                .toList();
    }
}
