package leakbench.caches;

import java.util.Map;

/**
 * What the growing-cache scenario does with a cache: store a value under a key, and count what is kept.
 * A small facade, so that every contender (plain maps, bounded maps, a ring, Caffeine, Guava) runs the same
 * workload and adding one is a constant in {@link CacheKind}.
 */
interface ValueCache {
    void put(Long key, byte[] value);

    /** Entries the cache holds now: grows with every put when unbounded, stays at the capacity when bounded. */
    int size();

    /** Adapts any map; the bounded ones (removeEldestEntry, Caffeine and Guava views) evict on put. */
    static ValueCache of(Map<Long, byte[]> map) {
        return new ValueCache() {
            @Override
            public void put(Long key, byte[] value) {
                map.put(key, value);
            }

            @Override
            public int size() {
                return map.size();
            }
        };
    }
}
