package leakbench.captures;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The seed's "Closures Capturing Large Objects" ("Leak: large object captured" / "Better: capture only
 * what's needed"), in the form it usually takes in Java: a lambda in an instance method that reads a field.
 * {@code () -> title} means {@code () -> this.title}, so the lambda captures {@code this}, the whole
 * {@link Report} with its {@code rowBytes} of rows ({@link Report#titleCapturingThis}). Copying the field to
 * a local first ({@link Report#titleCapturingValue}) makes the lambda capture only the title string.
 *
 * <p>Each operation makes a report, keeps its title supplier and drops the report; the kept suppliers
 * accumulate over the iterations. Batch of 100 with 64 KiB rows: about 6.5 MB retained per iteration by
 * the leaky variant, about 45 MB after seven, in a 512 MB heap.
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar LambdaThisBenchmark -prof leakbench.profile.HeapGrowthProfiler
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, batchSize = 100)
@Measurement(iterations = 5, batchSize = 100)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Thread)
public class LambdaThisBenchmark extends ReportOwnerState {
    @Benchmark
    public Supplier<String> leakyLambdaCapturingThis() {
        return keepFromNextReport(Report::titleCapturingThis);
    }

    @Benchmark
    public Supplier<String> fixedLambdaCapturingValue() {
        return keepFromNextReport(Report::titleCapturingValue);
    }
}
