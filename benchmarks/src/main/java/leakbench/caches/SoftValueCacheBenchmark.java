package leakbench.caches;

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
 * A Java trap beside the seed's growing cache: {@code SoftReference} values and no bound.
 *
 * <p>Seed idiom: {@code cache = []  # Never cleared!}, "fixed" the wrong way by letting the runtime decide
 * what to drop; the seed's real fix is a bound ({@code lru_cache(maxsize=128)}).
 *
 * <p>Java idiom: {@code Map<K, SoftReference<V>>} without eviction ({@link SoftValueCache#unbounded()}).
 * Soft values are cleared only under memory pressure: {@code System.gc()} leaves them in place while the heap
 * has room (the JVM keeps a soft value that was used within the last {@code SoftRefLRUPolicyMSPerMB} ms per
 * free MB; 1 s per MB by default). So the profiler's full collections do not clear them and
 * {@code heap.retained.norm} of {@link #leakySoftValues} counts the whole value plus its entry, about
 * 1.1 KB per put (about 11 MB per batch: in {@code SingleShotTime} the profiler's operation is the batch).
 * Under real pressure the collector clears the values, but never the map's entries: key, entry and an empty
 * {@code SoftReference} (about 100 B) stay per put, and the collector works ever harder near a full heap.
 * {@link #fixedBoundedSoftValues} bounds the entries ({@link SoftValueCache#bounded(int)}, LRU), so its
 * retained heap stops growing at {@code capacity} entries.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar SoftValueCacheBenchmark -prof leakbench.profile.HeapGrowthProfiler
 * </pre>
 * To see the values cleared and only the wrappers pile up, make every collection clear soft values that are
 * not in use: {@code -jvmArgsAppend -XX:SoftRefLRUPolicyMSPerMB=0} (measured: about 1.2 MB per batch, 120 B
 * per put). With values too large for the heap ({@code -p valueSize=65536}, 4.5 GB through 512 MB) the soft
 * values fill the heap before the collector clears them under pressure: {@code heap.retained} then swings
 * between about 140 and 480 MB, a heap kept nearly full rather than a slope.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, batchSize = SoftValueCacheBenchmark.BATCH)
@Measurement(iterations = 5, batchSize = SoftValueCacheBenchmark.BATCH)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class SoftValueCacheBenchmark {
    /** Puts per iteration: 7 iterations of 1 KB values keep about 80 MB softly in the leaky cache. */
    static final int BATCH = 10_000;

    @Param("1024")
    int capacity;

    @Param("1024")
    int valueSize;

    private SoftValueCache unbounded;
    private SoftValueCache bounded;
    private long nextKey;

    @Setup
    public void createCaches() {
        unbounded = SoftValueCache.unbounded();
        bounded = SoftValueCache.bounded(capacity);
        nextKey = 0;
    }

    @Benchmark
    public int leakySoftValues() {
        return putNewEntry(unbounded);
    }

    @Benchmark
    public int fixedBoundedSoftValues() {
        return putNewEntry(bounded);
    }

    private int putNewEntry(SoftValueCache cache) {
        cache.put(nextKey++, new byte[valueSize]);
        return cache.size();
    }
}
