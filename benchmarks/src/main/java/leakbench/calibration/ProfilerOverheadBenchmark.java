package leakbench.calibration;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the profilers cost the measured code: one benchmark that never allocates and one that allocates
 * garbage at a high rate, run with and without each profiler by {@code leakbench.profile.ProfilerOverhead}
 * (see {@code results/profiler-overhead/run.sh}). The profilers work between iterations, so the scores
 * should not move; this measures that they do not.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class ProfilerOverheadBenchmark {
    @Param("64")
    int allocationBytes;

    private long state = 42;

    /** A xorshift step: no allocation at all. */
    @Benchmark
    public long computeOnly() {
        long x = state;
        x ^= x << 13;
        x ^= x >>> 7;
        x ^= x << 17;
        state = x;
        return x;
    }

    /** A fresh array per call, dead at once: young collections only. */
    @Benchmark
    public byte[] allocateGarbage() {
        return new byte[allocationBytes];
    }
}
