package leakbench.caches;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The global cache that grows forever, beside the bounded caches that repair it.
 *
 * <p>Seed idiom: {@code cache = []; def process(data): cache.append(data)  # Never cleared!}, repaired by
 * {@code deque(maxlen=100)}, the {@code BoundedCache} exercise (an {@code OrderedDict} evicting FIFO) and
 * {@code functools.lru_cache(maxsize=128)}.
 *
 * <p>Java idiom: a {@code static Map} used as a cache. Every operation stores a fresh {@code valueSize}-byte
 * value under a new key taken from a counter (a key space that only grows, like request ids or timestamps),
 * so {@link #leakyHashMap} and {@link #leakyConcurrentHashMap} keep every value: {@code valueSize} plus about
 * 80 bytes (array header, {@code Long} key, map node, table slot) per call, forever. The {@code fixed*}
 * variants bound the number of entries to {@code capacity}: {@code LinkedHashMap.removeEldestEntry} in
 * insertion order (FIFO) or access order (LRU), a fixed ring, Caffeine's and Guava's {@code maximumSize}.
 * Their retained heap stops growing once they are full (about {@code capacity * (valueSize + 80)} bytes).
 * With keys that are never repeated nothing is ever read back, so FIFO and LRU evict the same entries here;
 * what a bound costs per put shows in the time per batch.
 *
 * <p>Each iteration does {@value #BATCH} puts, and the cache lives for the whole trial, so growth accumulates
 * over the 7 iterations (about 80 MB for the leaky maps with the default 1 KB values, a quarter of the fork's
 * heap) and the profiler measures its slope:
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar GrowingCacheBenchmark -prof leakbench.profile.HeapGrowthProfiler
 * </pre>
 * {@code heap.retained.norm} is per JMH operation, which in {@code SingleShotTime} is the whole batch: about
 * 11 MB for the leaky maps ({@value #BATCH} puts of {@code valueSize + 80} B; JOL counts 1,102 B per put of a
 * 1 KB value) and near 0 for the fixed ones once full. Sweep with
 * {@code -p capacity=128,1024,65536 -p valueSize=64,1024}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, batchSize = GrowingCacheBenchmark.BATCH)
@Measurement(iterations = 5, batchSize = GrowingCacheBenchmark.BATCH)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class GrowingCacheBenchmark {
    /** Puts per iteration: 7 iterations of 1 KB values keep about 80 MB in the leaky maps. */
    static final int BATCH = 10_000;

    /** Entries a bounded cache keeps; unbounded ones ignore it. */
    @Param("1024")
    int capacity;

    /** Bytes of each cached value. */
    @Param("1024")
    int valueSize;

    private Map<CacheKind, ValueCache> caches;
    private long nextKey;

    /** One empty cache of each kind; a run fills only the one its benchmark method uses. */
    @Setup
    public void createCaches() {
        caches = new EnumMap<>(CacheKind.class);
        for (CacheKind kind : CacheKind.values()) {
            caches.put(kind, kind.create(capacity));
        }
        nextKey = 0;
    }

    @Benchmark
    public int leakyHashMap() {
        return putNewEntry(CacheKind.HASH_MAP);
    }

    @Benchmark
    public int leakyConcurrentHashMap() {
        return putNewEntry(CacheKind.CONCURRENT_HASH_MAP);
    }

    @Benchmark
    public int fixedFifoLinkedHashMap() {
        return putNewEntry(CacheKind.FIFO_LINKED_HASH_MAP);
    }

    @Benchmark
    public int fixedLruLinkedHashMap() {
        return putNewEntry(CacheKind.LRU_LINKED_HASH_MAP);
    }

    @Benchmark
    public int fixedRingBuffer() {
        return putNewEntry(CacheKind.RING_BUFFER);
    }

    @Benchmark
    public int fixedCaffeine() {
        return putNewEntry(CacheKind.CAFFEINE);
    }

    @Benchmark
    public int fixedGuava() {
        return putNewEntry(CacheKind.GUAVA);
    }

    /** Stores a fresh value under a key never seen before; returns the entry count so nothing is dead code. */
    private int putNewEntry(CacheKind kind) {
        ValueCache cache = caches.get(kind);
        cache.put(nextKey++, new byte[valueSize]);
        return cache.size();
    }
}
