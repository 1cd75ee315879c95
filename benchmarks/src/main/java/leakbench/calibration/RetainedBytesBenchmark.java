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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Ground truth for {@code HeapGrowthProfiler}: every call of {@link #retain()} keeps exactly
 * {@code retainedBytes} bytes reachable until the end of the trial, so {@code heap.retained.norm} should read
 * {@code retainedBytes} x calls per op (in {@code SingleShotTime} one JMH op is the whole batch).
 *
 * <p>A call allocates one {@code byte[retainedBytes - 16]}: 16 bytes of array header (mark word, compressed
 * class pointer, length) plus the payload, a multiple of 8, so no alignment padding. The slot that keeps it
 * is preallocated in {@code @Setup}, so storing into it adds nothing. {@code CalibrationTest} checks the
 * per-call size with JOL rather than trusting this arithmetic. With {@code retainedBytes = 0} a call still
 * allocates 64 bytes but keeps none of them: allocation is not retention.
 *
 * <p>Bounded by construction: the trial's calls are known in advance (SingleShotTime, fixed batch), and a
 * plan that would not fit in half the heap is refused before the first call.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RetainedBytesBenchmark
 * -prof leakbench.profile.HeapGrowthProfiler}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, batchSize = 8192)
@Measurement(iterations = 3, batchSize = 8192)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@State(Scope.Thread)
public class RetainedBytesBenchmark {
    /** Array header of a {@code byte[]} on 64-bit HotSpot with compressed class pointers. */
    static final int ARRAY_HEADER_BYTES = 16;
    /** What a call with {@code retainedBytes = 0} allocates and drops. */
    static final int GARBAGE_BYTES = 64;

    @Param({"0", "64", "1024", "16384"})
    int retainedBytes;

    private Object[] keep;
    private int kept;
    private int payloadLength;

    @Setup(Level.Trial)
    public void planTrial(BenchmarkParams params) {
        if (params.getMode() != Mode.SingleShotTime) {
            throw new IllegalArgumentException("RetainedBytesBenchmark needs SingleShotTime (-bm ss): the number"
                    + " of calls must be known in advance to keep the retention bounded");
        }
        long calls = (long) params.getWarmup().getCount() * params.getWarmup().getBatchSize()
                + (long) params.getMeasurement().getCount() * params.getMeasurement().getBatchSize();
        plan(calls);
    }

    /** Prepares slots for {@code calls} calls; also used directly by the calibration test. */
    void plan(long calls) {
        if (retainedBytes != 0 && (retainedBytes < ARRAY_HEADER_BYTES || retainedBytes % 8 != 0)) {
            throw new IllegalArgumentException("retainedBytes must be 0 or a multiple of 8 >= "
                    + ARRAY_HEADER_BYTES + ", got " + retainedBytes);
        }
        long planned = calls * retainedBytes;
        if (planned > Runtime.getRuntime().maxMemory() / 2 || calls > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("RetainedBytesBenchmark would retain " + planned
                    + " bytes, more than half the heap: lower the batch size or the iterations");
        }
        keep = new Object[retainedBytes == 0 ? 0 : (int) calls];
        kept = 0;
        payloadLength = (retainedBytes == 0 ? GARBAGE_BYTES : retainedBytes) - ARRAY_HEADER_BYTES;
    }

    @Benchmark
    public byte[] retain() {
        byte[] payload = new byte[payloadLength];
        if (retainedBytes != 0) {
            keep[kept++] = payload;
        }
        return payload;
    }

    /** The slots; the test measures their graph with JOL. */
    Object[] kept() {
        return keep;
    }
}
