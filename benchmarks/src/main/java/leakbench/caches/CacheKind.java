package leakbench.caches;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.common.cache.CacheBuilder;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;

/** The contenders of the growing-cache scenario: two unbounded maps that leak, and five bounded caches. */
enum CacheKind {
    /** The seed's global {@code cache = []}: nothing is ever removed. */
    HASH_MAP(false) {
        @Override
        ValueCache create(int capacity) {
            return ValueCache.of(new HashMap<>());
        }
    },
    /** Thread-safe, still unbounded: concurrency is not a size policy. */
    CONCURRENT_HASH_MAP(false) {
        @Override
        ValueCache create(int capacity) {
            return ValueCache.of(new ConcurrentHashMap<>());
        }
    },
    FIFO_LINKED_HASH_MAP(true) {
        @Override
        ValueCache create(int capacity) {
            return ValueCache.of(BoundedLinkedHashMap.fifo(capacity));
        }
    },
    LRU_LINKED_HASH_MAP(true) {
        @Override
        ValueCache create(int capacity) {
            return ValueCache.of(BoundedLinkedHashMap.lru(capacity));
        }
    },
    /** The seed's {@code deque(maxlen=100)}: keeps values only, the key is not stored. */
    RING_BUFFER(true) {
        @Override
        ValueCache create(int capacity) {
            RingBuffer<byte[]> ring = new RingBuffer<>(capacity);
            return new ValueCache() {
                @Override
                public void put(Long key, byte[] value) {
                    ring.add(value);
                }

                @Override
                public int size() {
                    return ring.size();
                }
            };
        }
    },
    /**
     * The seed's {@code lru_cache(maxsize=128)} as users write it in Java. Maintenance (eviction) runs on the
     * caller's thread instead of the common pool, so the bound holds at the end of every batch and its cost is
     * part of the measured put.
     */
    CAFFEINE(true) {
        @Override
        ValueCache create(int capacity) {
            return ValueCache.of(Caffeine.newBuilder()
                    .maximumSize(capacity)
                    .executor(Runnable::run)
                    .<Long, byte[]>build()
                    .asMap());
        }
    },
    GUAVA(true) {
        @Override
        ValueCache create(int capacity) {
            return ValueCache.of(CacheBuilder.newBuilder()
                    .maximumSize(capacity)
                    .<Long, byte[]>build()
                    .asMap());
        }
    };

    private final boolean bounded;

    CacheKind(boolean bounded) {
        this.bounded = bounded;
    }

    /** A new, empty cache; unbounded kinds ignore the capacity. */
    abstract ValueCache create(int capacity);

    boolean isBounded() {
        return bounded;
    }
}
