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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Manual collection control: {@code System.gc()} every N operations against leaving the collector alone.
 *
 * <p>Seed idiom (Manual Collection Control): {@code gc.disable(); for i in range(1000): process();
 * if i % 100 == 0: gc.collect()}. Java idiom: {@code System.gc()} from application code, every
 * {@code everyN} operations ({@link EveryNth}). The workload ({@link Churn}) allocates a 256-byte chunk per
 * operation and keeps the last 1,024, a small live set with a steady stream of short-lived garbage.
 *
 * <p>{@code System.gc()} inside a benchmark is normally an anti-pattern; here its cost is the point. On G1,
 * Parallel and Serial it is a full stop-the-world collection (unless {@code -XX:+ExplicitGCInvokesConcurrent});
 * under ZGC and Shenandoah a concurrent cycle the caller waits for; under Epsilon and
 * {@code -XX:+DisableExplicitGC} nothing. The young collections the JVM would have run anyway are cheap
 * because almost nothing survives them, so forcing full ones buys nothing here. Cost-only variants (neither
 * leaky nor fixed): {@code noExplicitGc} is the baseline, {@code systemGcEveryN} the seed's habit, amortized
 * per operation.
 *
 * <p>Run with {@code java -jar benchmarks/target/benchmarks.jar ExplicitGcBenchmark -prof leakbench.profile.GcPauseProfiler};
 * sweep the interval with {@code -p everyN=10,100,1000,10000}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Thread)
public class ExplicitGcBenchmark {
    @Param("100")
    public int everyN;

    private Churn churn;
    private EveryNth collection;
    private int value;

    @Setup(Level.Trial)
    public void setUp() {
        churn = new Churn(1024, 256);
        collection = new EveryNth(everyN, System::gc);
        value = new Random(42).nextInt();
    }

    @Benchmark
    public int noExplicitGc() {
        return churn.process(value++);
    }

    @Benchmark
    public int systemGcEveryN() {
        int result = churn.process(value++);
        collection.tick();
        return result;
    }
}
