package leakbench.matrix;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The smallest thing the launcher runs and deals to shards: one benchmark with one parameter set in one GC cell.
 * {@code number} counts units over the whole plan (every shard of the same command sees the same numbering);
 * {@code forkSeconds} is the expected time of one fork, from the iteration settings, used to balance shards.
 */
record Unit(int number, Cell cell, String benchmark, Map<String, String> params, double forkSeconds) {

    Unit {
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** {@code GrowingCacheBenchmark.leakyHashMap size=1000 g1 512m jdk17}. */
    String label() {
        String p = params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
        return Cell.shortName(benchmark) + (p.isEmpty() ? "" : " " + p) + " " + cell.label();
    }
}
