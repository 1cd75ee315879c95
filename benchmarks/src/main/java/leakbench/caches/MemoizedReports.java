package leakbench.caches;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Memoizes a computed report per key, the everyday use of a {@code HashMap} as a cache. The cache is bounded
 * by the number of distinct keys, but only if equal keys are equal: with a key class lacking
 * {@code equals}/{@code hashCode} it grows by one entry per lookup.
 */
final class MemoizedReports<K> {
    private final Map<K, byte[]> reports = new HashMap<>();
    private final Function<K, byte[]> compute;

    MemoizedReports(Function<K, byte[]> compute) {
        this.compute = compute;
    }

    byte[] get(K key) {
        return reports.computeIfAbsent(key, compute);
    }

    int size() {
        return reports.size();
    }
}
