package leakbench.captures;

import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
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
 * The seed's "Closures Capturing Large Objects" ({@code return get_first  # Keeps large alive}) through
 * Java's older closure, the anonymous inner class. An anonymous class created in an instance method holds
 * its outer instance in a synthetic field {@code this$0}. {@link Report#rowLabelsAnonymous} never uses its
 * report, yet keeps it alive; the static nested class of {@link Report#rowLabelsStatic} has no outer
 * instance.
 *
 * <p>Which javac rule applies: this project compiles with {@code --release 17}, and {@code javap -p} on
 * {@code Report$1} shows {@code final leakbench.captures.Report this$0} whether javac 17 or javac 25
 * compiles it. javac omits an unused {@code this$0} (JDK-8271623) only when compiling for release 18 or
 * later; compiled that way this leaky variant would stop leaking (and {@code AnonymousClassTest} fails to
 * say so), while the double-brace map of {@link DoubleBraceBenchmark} would still leak.
 *
 * <p>Each operation makes a report, keeps its row labeller and drops the report. Batch of 100 with 64 KiB
 * rows: about 6.5 MB retained per iteration by the leaky variant, about 45 MB after seven.
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar AnonymousClassBenchmark -prof leakbench.profile.HeapGrowthProfiler
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, batchSize = 100)
@Measurement(iterations = 5, batchSize = 100)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Thread)
public class AnonymousClassBenchmark extends ReportOwnerState {
    @Benchmark
    public IntFunction<String> leakyAnonymousClass() {
        return keepFromNextReport(Report::rowLabelsAnonymous);
    }

    @Benchmark
    public IntFunction<String> fixedStaticNestedClass() {
        return keepFromNextReport(Report::rowLabelsStatic);
    }
}
