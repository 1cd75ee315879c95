package leakbench.caches;

import java.lang.ref.SoftReference;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A cache of {@link SoftReference} values, the "memory-sensitive cache" people reach for to avoid choosing a
 * bound. The collector clears soft values only under memory pressure (never on {@code System.gc()} while
 * there is room), and clearing a value does not remove its entry: the key, the map entry and the empty
 * {@code SoftReference} stay. Unbounded, it grows until the heap is nearly full, then the collector throws
 * the values away and the wrappers keep piling up. Bounded, it never holds more than {@code capacity} entries.
 */
final class SoftValueCache {
    private final Map<Long, SoftReference<byte[]>> entries;

    private SoftValueCache(Map<Long, SoftReference<byte[]>> entries) {
        this.entries = entries;
    }

    /** The leak: no bound, so neither entries nor wrappers are ever removed. */
    static SoftValueCache unbounded() {
        return new SoftValueCache(new HashMap<>());
    }

    /** The fix: an LRU bound on the entries; the values stay soft. */
    static SoftValueCache bounded(int capacity) {
        return new SoftValueCache(BoundedLinkedHashMap.lru(capacity));
    }

    void put(Long key, byte[] value) {
        entries.put(key, new SoftReference<>(value));
    }

    /** The value, or null when it was never cached, was evicted, or the collector cleared it. */
    byte[] get(Long key) {
        SoftReference<byte[]> wrapper = entries.get(key);
        return wrapper == null ? null : wrapper.get();
    }

    int size() {
        return entries.size();
    }

    /** The wrappers, cleared or not: what the tests inspect. */
    Collection<SoftReference<byte[]>> wrappers() {
        return Collections.unmodifiableCollection(entries.values());
    }
}
