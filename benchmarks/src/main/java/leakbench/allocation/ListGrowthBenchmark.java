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
 * The seed's "Reduce Allocations" ({@code # Better: pre-allocate}, {@code result = [None] * 1000}) for a
 * Java list: {@code new ArrayList<>()} grown by {@code add} against {@code new ArrayList<>(size)}. Both
 * add the same {@code size} pre-boxed values, so the only difference is the backing arrays the growing list
 * allocates, copies and throws away. Neither variant retains anything (the lists are returned to JMH), so
 * this is a cost comparison, not a leak: names start with neither {@code leaky} nor {@code fixed}.
 *
 * <p>{@code gc.alloc.rate.norm} shows the difference (for {@code size} = 1000 with compressed oops, about
 * 15 KB/op growing against about 4 KB/op pre-sized):
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ListGrowthBenchmark -prof gc
 * java -jar benchmarks/target/benchmarks.jar ListGrowthBenchmark -prof gc -p size=10,1000,100000
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Thread)
public class ListGrowthBenchmark {
    /** Elements per list; the seed's loop runs {@code range(1000)}. */
    @Param("1000")
    public int size;

    /** Boxed once in setup so that both variants add the same objects and allocate only list arrays. */
    private Integer[] values;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        values = new Integer[size];
        for (int i = 0; i < size; i++) {
            values[i] = random.nextInt();
        }
    }

    @Benchmark
    public List<Integer> growingArrayList() {
        return Sequences.growingList(values);
    }

    @Benchmark
    public List<Integer> preSizedArrayList() {
        return Sequences.preSizedList(values);
    }
}
