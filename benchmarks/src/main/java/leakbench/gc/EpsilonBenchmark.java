package leakbench.gc;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A bounded workload with no collector at all, beside the same workload under the default collector.
 *
 * <p>Seed idiom (Disable During Critical Sections): {@code gc.disable(); try: compute() finally: gc.enable();
 * gc.collect()}. Java has no switch to pause the collector; the nearest thing is Epsilon
 * ({@code -XX:+UnlockExperimentalVMOptions -XX:+UseEpsilonGC}, JEP 318), a collector that allocates and never
 * reclaims: the JVM dies when the heap is used up. So the workload must be bounded: {@link Churn} allocates
 * about 270 bytes per operation; 7 iterations of 200,000 operations make about 380 MB of garbage, which fits
 * the 1 GB heap of both forks (a test checks this against the measured allocation).
 *
 * <ul>
 *   <li>{@code underEpsilon}: its own fork with Epsilon (method-level {@code @Fork}). No collection ever
 *       runs; allocation is a pointer bump into memory never touched before.</li>
 *   <li>{@code underDefaultCollector}: the class's fork, the JVM's default collector (G1 on a server-class
 *       machine), which runs young collections as the eden fills.</li>
 * </ul>
 *
 * <p>Cost-only (neither leaky nor fixed). {@code underEpsilon} chooses its collector in its own {@code @Fork},
 * so the GC matrix leaves it out of {@code --gc} cells (two collectors would stop the JVM) and says so;
 * {@code underDefaultCollector} runs with each cell's collector. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar EpsilonBenchmark -prof gc}; a larger batch needs a larger
 * heap ({@code -bs 400000 -jvmArgs "-Xmx2g -XX:+UnlockExperimentalVMOptions -XX:+UseEpsilonGC"}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, batchSize = EpsilonBenchmark.BATCH)
@Measurement(iterations = 5, batchSize = EpsilonBenchmark.BATCH)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class EpsilonBenchmark {
    static final int BATCH = 200_000;

    private Churn churn;
    private int value;

    @Setup(Level.Trial)
    public void setUp() {
        churn = new Churn(1024, 256);
        value = new Random(42).nextInt();
    }

    @Benchmark
    @Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+UnlockExperimentalVMOptions", "-XX:+UseEpsilonGC"})
    public int underEpsilon() {
        return churn.process(value++);
    }

    @Benchmark
    public int underDefaultCollector() {
        return churn.process(value++);
    }
}
