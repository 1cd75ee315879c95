package leakbench.gc;

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
 * The cost of one full collection as the live set grows.
 *
 * <p>Seed idiom (Collection Pauses): {@code start = time.time(); collected = gc.collect(); pause = time.time() -
 * start}. Java idiom: time {@code System.gc()}, which on G1, Parallel and Serial is a full stop-the-world
 * collection that marks everything live, so its cost grows with the live set, not with the garbage. The live
 * set ({@link LiveSet}) is {@code liveSetMb} megabytes of small, randomly linked cells built once per trial.
 *
 * <p>{@code System.gc()} inside a benchmark is normally an anti-pattern; here its cost is the point. Under ZGC
 * and Shenandoah the call waits for a concurrent cycle, so the time is mostly not pause: read it with
 * {@code -prof leakbench.profile.GcPauseProfiler}, which separates pauses from concurrent time. Under Epsilon
 * the call does nothing. Cost-only (neither leaky nor fixed).
 *
 * <p>Run with {@code java -jar benchmarks/target/benchmarks.jar CollectionPauseBenchmark -prof leakbench.profile.GcPauseProfiler};
 * sweep the live set with {@code -p liveSetMb=16,64,256} (checked to run in the 1 GB fork heap; for larger
 * live sets give the fork more, e.g. {@code -jvmArgs "-Xms4g -Xmx4g"}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class CollectionPauseBenchmark {
    @Param("16")
    public int liveSetMb;

    private LiveSet liveSet;

    @Setup(Level.Trial)
    public void setUp() {
        liveSet = LiveSet.ofMegabytes(liveSetMb, 42);
    }

    @Benchmark
    public long systemGc() {
        System.gc();
        // Free memory after the collection: a value that depends on the call, and keeps the live set in view.
        return Runtime.getRuntime().freeMemory() + liveSet.cellCount();
    }
}
