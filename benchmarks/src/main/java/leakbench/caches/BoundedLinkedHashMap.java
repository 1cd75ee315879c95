package leakbench.caches;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link LinkedHashMap} that drops its eldest entry once it holds more than {@code capacity} entries: the
 * seed's {@code BoundedCache} exercise. In insertion order it is FIFO (the seed's {@code OrderedDict} with
 * {@code popitem(last=False)}); in access order a read moves the entry to the young end, which makes it LRU.
 */
final class BoundedLinkedHashMap<K, V> extends LinkedHashMap<K, V> {
    private static final long serialVersionUID = 1L;

    private final int capacity;

    private BoundedLinkedHashMap(int capacity, boolean accessOrder) {
        super(16, 0.75f, accessOrder);
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** Evicts in insertion order. */
    static <K, V> BoundedLinkedHashMap<K, V> fifo(int capacity) {
        return new BoundedLinkedHashMap<>(capacity, false);
    }

    /** Evicts the least recently read or written entry. */
    static <K, V> BoundedLinkedHashMap<K, V> lru(int capacity) {
        return new BoundedLinkedHashMap<>(capacity, true);
    }

    /** The whole fix: called by every put, it removes the eldest entry once the bound is passed. */
    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
