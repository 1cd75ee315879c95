package leakbench.allocation;

import java.util.List;
import java.util.Random;
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
 * The seed's "Reduce Allocations" ({@code # Bad: many allocations}, {@code result.append([i])}: one small
 * object per element) for Java numbers: a {@code List<Integer>} boxes every value into its own
 * {@code Integer} object (16 bytes each, outside the -128..127 cache), an {@code int[]} stores the values
 * themselves. Both containers are created at their final size, so boxing is the only difference. Neither
 * variant retains anything, so this is a cost comparison, not a leak; kept alive, the boxed list also
 * occupies about five times the heap of the array ({@code BoxingTest} checks it with JOL).
 *
 * <p>{@code gc.alloc.rate.norm} shows the difference (for {@code size} = 1000 with compressed oops, about
 * 20 KB/op boxed against about 4 KB/op for the array):
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar BoxingBenchmark -prof gc
 * java -jar benchmarks/target/benchmarks.jar BoxingBenchmark -prof gc -p size=10,1000,100000
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Thread)
public class BoxingBenchmark {
    /** Values per container; the seed's loop runs {@code range(1000)}. */
    @Param("1000")
    public int size;

    /** Random, so that almost no value falls in the {@code Integer} cache. */
    private int[] values;

    @Setup
    public void setUp() {
        values = new Random(42).ints(size).toArray();
    }

    @Benchmark
    public List<Integer> boxedList() {
        return Sequences.boxedList(values);
    }

    @Benchmark
    public int[] intArray() {
        return Sequences.intArray(values);
    }
}
