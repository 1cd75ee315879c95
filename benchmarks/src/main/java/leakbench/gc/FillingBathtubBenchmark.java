package leakbench.gc;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The filling bathtub: the seed's picture of a leak ("filling a bathtub with the drain plugged -- memory keeps
 * rising because objects stay reachable"). Every iteration is one step that puts {@code entriesPerStep} new
 * values into a cache; the per-iteration numbers of the profilers then show, step by step, the live heap
 * ({@code heap.retained}), the time of the step (the score) and the pauses ({@code gc.pause.*}) while the
 * heap fills, under whatever collector and heap the fork runs with.
 *
 * <ul>
 *   <li>{@code leakyFill}: the unbounded global cache. It grows until it holds {@code fill} times the maximum
 *       heap; from there on each step evicts as much as it adds (the tub overflows), so a default run never
 *       dies. {@code -p fill=1.5} removes that bound in practice: the run ends in {@code OutOfMemoryError},
 *       and the matrix records the step (iteration) it reached.</li>
 *   <li>{@code fixedFill}: the same work with the drain open, a cache bounded to two steps of entries.</li>
 * </ul>
 * Both caches are filled to the bound (two steps) at setup, so the bounded one is at its steady level from
 * the first iteration on, under any warm-up count.
 * The step sizes are fixed, so the time per step compares across steps and collectors; the first steps also
 * include the cache's own table resizes, as a real growing cache would.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar FillingBathtubBenchmark \
 *     -prof leakbench.profile.HeapGrowthProfiler -prof leakbench.profile.GcPauseProfiler \
 *     --gc g1,zgc,parallel --heap 512m --out results/bathtub
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 60)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class FillingBathtubBenchmark {
    /**
     * Heap bytes one entry costs besides its value: map node, boxed key, array header and table slot
     * (compressed oops). An estimate; the profilers measure the real live heap.
     */
    private static final long ENTRY_OVERHEAD = 80;

    /** Fraction of the maximum heap the leaky cache grows to before it starts to overflow. */
    @Param("0.6")
    double fill;

    @Param("8192")
    int entriesPerStep;

    @Param("1024")
    int valueBytes;

    private Map<Long, byte[]> cache;
    private long nextKey;
    private long oldestKey;
    private long leakyCapacity;
    private long fixedCapacity;

    @Setup(Level.Trial)
    public void setUp() {
        if (fill <= 0 || entriesPerStep <= 0 || valueBytes < 0) {
            throw new IllegalArgumentException("fill, entriesPerStep must be positive and valueBytes not negative");
        }
        cache = new HashMap<>();
        nextKey = 0;
        oldestKey = 0;
        leakyCapacity = (long) (fill * Runtime.getRuntime().maxMemory() / (valueBytes + ENTRY_OVERHEAD));
        fixedCapacity = 2L * entriesPerStep;
        // Both tubs start at the bounded one's level, so that the bounded cache is full before the first
        // measured step whatever the warm-up count (--quick has one warm-up step, the bound is two): a bounded
        // cache still filling is not a leak. The unbounded one keeps growing from there.
        for (long i = 0; i < fixedCapacity; i++) {
            cache.put(nextKey++, new byte[valueBytes]);
        }
    }

    /** One step of the plugged tub: the cache only grows, until it holds {@code fill} of the heap. */
    @Benchmark
    public int leakyFill() {
        return step(leakyCapacity);
    }

    /** One step with the drain open: the same puts, the cache bounded to two steps. */
    @Benchmark
    public int fixedFill() {
        return step(fixedCapacity);
    }

    private int step(long capacity) {
        for (int i = 0; i < entriesPerStep; i++) {
            cache.put(nextKey++, new byte[valueBytes]);
            if (nextKey - oldestKey > capacity) {
                cache.remove(oldestKey++);
            }
        }
        return cache.size();
    }
}
