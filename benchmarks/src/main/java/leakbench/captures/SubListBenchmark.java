package leakbench.captures;

import java.util.List;
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
 * The seed's "Closures Capturing Large Objects" ({@code return large[0]  # Captures entire list}) without a
 * closure: a {@link List#subList} view refers to its whole backing list, so keeping the first few hits of a
 * large result as a view keeps every hit ({@link SearchResults#topView}). {@code List.copyOf} of the view
 * copies the {@code top} elements and lets the full list go ({@link SearchResults#topCopy}); it is the Java
 * form of the seed's "capture only what's needed". (In Python a slice is already a copy.)
 *
 * <p>Each operation runs a query returning {@code hits} boxed scores and keeps the first {@code top}. Batch
 * of 50 with 10,000 hits: about 10 MB retained per iteration by the leaky variant, about 70 MB after seven,
 * in a 512 MB heap.
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar SubListBenchmark -prof leakbench.profile.HeapGrowthProfiler
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, batchSize = 50)
@Measurement(iterations = 5, batchSize = 50)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Thread)
public class SubListBenchmark {
    /** Hits in each query's full result list. */
    @Param("10000")
    public int hits;

    /** Hits the caller keeps. */
    @Param("10")
    public int top;

    private Random random;
    private Kept kept;

    @Setup(Level.Trial)
    public void setUp() {
        random = new Random(42);
        kept = new Kept();
    }

    @Benchmark
    public List<Integer> leakySubListView() {
        return kept.keep(SearchResults.topView(SearchResults.query(random, hits), top));
    }

    @Benchmark
    public List<Integer> fixedCopyOf() {
        return kept.keep(SearchResults.topCopy(SearchResults.query(random, hits), top));
    }
}
