package leakbench.analysis.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of a JMH result file: one benchmark method in one mode with one set of params, run in one GC cell.
 *
 * @param benchmark fully qualified name, {@code package.Class.method}
 * @param params    {@code @Param} values in file order; empty when the benchmark has none
 * @param primary   the primary metric (named {@link Metric#PRIMARY})
 * @param secondary secondary metrics by normalised name (see {@link Metric#name()}), in file order
 */
public record BenchmarkResult(String benchmark, Mode mode, Map<String, String> params, GcCell gcCell,
                              RunSettings settings, Metric primary, Map<String, Metric> secondary) {

    public BenchmarkResult {
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        secondary = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(secondary));
    }

    public ResultKey key() {
        return ResultKey.of(benchmark, mode, params, gcCell);
    }

    /** The primary metric for {@link Metric#PRIMARY}, else the secondary metric of that name. */
    public Optional<Metric> metric(String name) {
        return Metric.PRIMARY.equals(name) ? Optional.of(primary) : Optional.ofNullable(secondary.get(name));
    }

    /**
     * The benchmark family: for {@code leakbench.<family>.X.method} the {@code <family>} segment, otherwise the
     * package of the benchmark class (or the class itself when it has no package).
     */
    public String family() {
        String[] parts = benchmark.split("\\.");
        if (parts.length >= 4 && parts[0].equals("leakbench")) {
            return parts[1];
        }
        int method = benchmark.lastIndexOf('.');
        int cls = method > 0 ? benchmark.lastIndexOf('.', method - 1) : -1;
        return cls > 0 ? benchmark.substring(0, cls) : method > 0 ? benchmark.substring(0, method) : benchmark;
    }
}
