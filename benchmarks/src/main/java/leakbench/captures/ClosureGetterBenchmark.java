package leakbench.captures;

import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
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
 * The seed's Exercise 3, "Closures Capturing Large Objects":
 * <pre>
 * large = list(range(1_000_000))
 * def getter():
 *     return large[0]  # Captures entire list
 * </pre>
 * In Java the closure is a lambda, and a lambda captures every local it reads. {@link Getters#capturingList}
 * reads {@code large.get(0)} when called, so the getter holds the whole boxed list;
 * {@link Getters#capturingFirst} reads the first element up front ({@code first = large[0]} in the seed) and
 * captures one {@code int}. Each operation makes a getter from a fresh list of {@code size} elements and
 * keeps it, as the seed keeps its getters in a list; the kept getters accumulate over the iterations.
 *
 * <p>The seed's list has 1,000,000 elements (about 20 MB boxed, per getter). The default {@code size} is
 * 100,000 so that a batch of 5 getters per iteration retains about 10 MB and seven iterations stay far
 * below the 512 MB heap; the seed's case is {@code -p size=1000000 -bs 1} (one getter, 20 MB, per iteration).
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ClosureGetterBenchmark -prof leakbench.profile.HeapGrowthProfiler
 * java -jar benchmarks/target/benchmarks.jar ClosureGetterBenchmark -p size=1000000 -bs 1 -prof leakbench.profile.HeapGrowthProfiler
 * </pre>
 * {@code heap.retained} grows by about {@code 5 * size * 20} B (10 MB) per iteration for the leaky variant
 * (a reference and a 16-byte {@code Integer} per element) and stays flat for the fixed one.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, batchSize = 5)
@Measurement(iterations = 5, batchSize = 5)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Thread)
public class ClosureGetterBenchmark {
    /** Elements of each large list; the seed uses 1,000,000 ({@code -p size=1000000 -bs 1}). */
    @Param("100000")
    public int size;

    /** The caller's getters, kept across iterations so that what they capture accumulates. */
    private Kept kept;

    @Setup(Level.Trial)
    public void setUp() {
        kept = new Kept();
    }

    @Benchmark
    public IntSupplier leakyGetterCapturingList() {
        return kept.keep(Getters.capturingList(Getters.largeList(size)));
    }

    @Benchmark
    public IntSupplier fixedGetterCapturingFirst() {
        return kept.keep(Getters.capturingFirst(Getters.largeList(size)));
    }
}
