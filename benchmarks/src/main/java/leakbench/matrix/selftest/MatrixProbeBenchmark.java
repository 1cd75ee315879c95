package leakbench.matrix.selftest;

import java.util.ArrayList;
import java.util.List;
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
 * The matrix launcher's own test subject, not a scenario of the suite: a tiny benchmark whose leaky variant
 * keeps everything it allocates, so that the launcher's tests can drive a cell into
 * {@code OutOfMemoryError} on purpose ({@code -p mibPerOp=40 --heap 64m}) without depending on the benchmark
 * families. With the defaults it retains a few MiB and never runs out of memory.
 *
 * <p>{@code pauseMillis} stretches every operation, so a test can kill the launcher while a cell is running.
 * {@code ownCollector} picks its collector in {@code @Fork}, {@code ownAppend} adds a flag there: both the
 * matrix must handle.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar MatrixProbeBenchmark --gc g1,serial --heap 64m --quick</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
@State(Scope.Benchmark)
public class MatrixProbeBenchmark {
    /** Blocks of 64 KiB: small enough never to be humongous in G1, so every collector sees the same objects. */
    private static final int BLOCK = 64 << 10;
    private static final int BLOCKS_PER_MIB = (1 << 20) / BLOCK;

    /** Memory allocated by one operation, in MiB. */
    @Param("1")
    int mibPerOp;

    /** Sleep per operation, to make a cell last long enough to be interrupted. */
    @Param("0")
    int pauseMillis;

    private List<byte[]> kept;

    @Setup
    public void setUp() {
        kept = new ArrayList<>();
    }

    /** Keeps every block it allocates: runs out of memory once the blocks exceed the heap. */
    @Benchmark
    public int probeKeepEverything() throws InterruptedException {
        pause();
        for (int i = 0; i < mibPerOp * BLOCKS_PER_MIB; i++) {
            kept.add(new byte[BLOCK]);
        }
        return kept.size();
    }

    /** Allocates the same blocks and keeps only the last one. */
    @Benchmark
    public int probeKeepLast() throws InterruptedException {
        pause();
        byte[] last = null;
        for (int i = 0; i < mibPerOp * BLOCKS_PER_MIB; i++) {
            last = new byte[BLOCK];
            last[i % BLOCK] = 1;
        }
        return last == null ? 0 : last.length;
    }

    /**
     * Chooses its own collector in {@code @Fork}, as a no-GC baseline would: the matrix must set it aside in
     * {@code --gc} cells rather than start a JVM with two collectors.
     */
    @Benchmark
    @Fork(value = 1, jvmArgs = {"-Xmx256m", "-XX:+UseSerialGC"})
    public int ownCollector() throws InterruptedException {
        return probeKeepLast();
    }

    /**
     * Adds a flag of its own in {@code @Fork(jvmArgsAppend)}, as many projects' benchmarks do: a matrix cell,
     * whose flags also go after the benchmark's, must keep it.
     */
    @Benchmark
    @Fork(value = 1, jvmArgs = {"-Xmx256m"}, jvmArgsAppend = {"-Dleakbench.probe.ownAppend=kept"})
    public int ownAppend() throws InterruptedException {
        return probeKeepLast();
    }

    private void pause() throws InterruptedException {
        if (pauseMillis > 0) {
            Thread.sleep(pauseMillis);
        }
    }
}
