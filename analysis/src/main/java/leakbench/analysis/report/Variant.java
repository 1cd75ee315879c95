package leakbench.analysis.report;

import java.util.Map;
import java.util.TreeMap;

import leakbench.analysis.model.BenchmarkResult;

/**
 * How a benchmark name splits into the scenario (its class, with params) and the variant (its method).
 *
 * @param scenario the benchmark class, {@code leakbench.caches.GrowingCacheBenchmark}
 * @param method   the benchmark method, {@code leakyUnboundedMap}
 * @param params   the result's params, sorted by name
 */
public record Variant(String scenario, String method, Map<String, String> params) {

    public static Variant of(BenchmarkResult r) {
        int dot = r.benchmark().lastIndexOf('.');
        String scenario = dot > 0 ? r.benchmark().substring(0, dot) : r.benchmark();
        String method = dot > 0 ? r.benchmark().substring(dot + 1) : r.benchmark();
        return new Variant(scenario, method, java.util.Collections.unmodifiableMap(new TreeMap<>(r.params())));
    }

    public VariantKind kind() {
        return VariantKind.of(method);
    }

    /** The scenario's simple class name, {@code GrowingCacheBenchmark}. */
    public String scenarioSimpleName() {
        return scenario.substring(scenario.lastIndexOf('.') + 1);
    }
}
