package leakbench.calibration;

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
 * Ground truth for {@code GcPauseProfiler}: a fixed live set ({@code liveSetMegabytes} of 1 KB arrays) in
 * which every call replaces one random element by a fresh array. The live set never grows, but old objects
 * keep dying, so every collector has to work on both generations: young pauses, G1 concurrent cycles with
 * Remark and Cleanup pauses, Parallel and Serial full collections, ZGC and Shenandoah cycles with their
 * short pauses. {@code GcPauseProfilerTest} compares the profiler with JFR in the same fork.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar GcChurnBenchmark -jvmArgsAppend -XX:+UseZGC
 * -prof leakbench.profile.GcPauseProfiler}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Thread)
public class GcChurnBenchmark {
    private static final int ELEMENT_BYTES = 1024;
    /** Payload of a 1 KB array: 16 bytes of header. */
    private static final int PAYLOAD = ELEMENT_BYTES - 16;

    @Param("96")
    int liveSetMegabytes;

    private byte[][] liveSet;
    private long seed;

    @Setup(Level.Trial)
    public void fillLiveSet() {
        liveSet = new byte[liveSetMegabytes * (1024 * 1024 / ELEMENT_BYTES)][];
        for (int i = 0; i < liveSet.length; i++) {
            liveSet[i] = new byte[PAYLOAD];
        }
        seed = 42;
    }

    @Benchmark
    public byte[] replaceOne() {
        // A linear congruential step is cheaper than java.util.Random and enough to scatter the deaths.
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        int index = (int) ((seed >>> 33) % liveSet.length);
        byte[] fresh = new byte[PAYLOAD];
        liveSet[index] = fresh;
        return fresh;
    }
}
