package leakbench.listeners;

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
 * The weak-listener trap that still leaks: dead {@code WeakReference} wrappers that nothing removes.
 *
 * <p>Seed idiom: Exercise 1's fix, {@code self.callbacks.append(weakref.ref(callback))}: the list of weak
 * references itself is never cleaned, so it keeps one dead {@code weakref} per registration.
 *
 * <p>Java idiom: a registry of {@code WeakReference<Listener>}. Each operation registers the listener of a
 * short-lived widget that is then dropped; the collector clears the wrapper's referent, but in
 * {@link #leakyUnpurgedWeakWrappers} ({@link WeakRegistry#neverPurging(int)}) the wrapper and its set entry stay:
 * about 72 B per registration, forever, and every dispatch walks them. {@link #fixedPurgedWeakWrappers}
 * ({@link WeakRegistry#purging()}) registers each wrapper with a {@code ReferenceQueue} and removes the cleared
 * ones at the next registration, so the registry holds only the wrappers cleared since the last collection.
 * (The other trap, a capturing lambda held only weakly and so collected while its subscriber still wants
 * events, is shown by {@code WeakListenerTrapTest}: it is a correctness bug, not a cost.)
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar WeakListenerPurgeBenchmark -prof leakbench.profile.HeapGrowthProfiler
 * </pre>
 * Each iteration registers {@value #BATCH} listeners; 7 iterations leave about 25 MB of dead wrappers, and
 * {@code heap.retained.norm} (per JMH operation, which in {@code SingleShotTime} is the whole batch) is about
 * 3.6 MB for the leaky variant and near 0 for the fixed one.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, batchSize = WeakListenerPurgeBenchmark.BATCH)
@Measurement(iterations = 5, batchSize = WeakListenerPurgeBenchmark.BATCH)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class WeakListenerPurgeBenchmark {
    /** Registrations per iteration: 7 iterations leave about 25 MB of dead wrappers in the leaky registry. */
    static final int BATCH = 50_000;
    /**
     * Wrappers the never-purging registry has room for before its table doubles: 15 iterations, twice a default
     * run. Without it, a doubling inside a {@code --quick} run (two readings) made the growth of one iteration a
     * megabyte more than the other's, and the 72 B per call (a 40 B set entry and a 32 B wrapper) was
     * INCONCLUSIVE. Sized up front, the 4 MB table is allocated once, in the first warmup iteration.
     */
    static final int EXPECTED_WRAPPERS = 15 * BATCH;

    /** Ints each short-lived widget holds; it dies young either way, only its wrapper can pile up. */
    @Param("16")
    int dataLength;

    private WeakRegistry neverPurging;
    private WeakRegistry purging;

    @Setup
    public void createRegistries() {
        neverPurging = WeakRegistry.neverPurging(EXPECTED_WRAPPERS);
        purging = WeakRegistry.purging();
    }

    @Benchmark
    public int leakyUnpurgedWeakWrappers() {
        return registerShortLivedWidget(neverPurging);
    }

    @Benchmark
    public int fixedPurgedWeakWrappers() {
        return registerShortLivedWidget(purging);
    }

    /** The widget dies with this frame; its listener goes with it, the wrapper stays with the registry. */
    private int registerShortLivedWidget(WeakRegistry registry) {
        registry.register(new Widget(new int[dataLength]).listener());
        return registry.size();
    }
}
