package leakbench.captures;

import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * The seed's "Closures Capturing Large Objects" ({@code return get_first  # Keeps large alive}) hidden in
 * a Java idiom: double-brace initialisation,
 * {@code new HashMap<>() {{ put(...); }}}. The outer braces make an anonymous {@code HashMap} subclass, so
 * the map holds the {@link Report} that built it in {@code this$0}, although its initialiser only uses a
 * local copy of the title ({@link Report#headersDoubleBrace}). A plain {@code HashMap} filled with
 * {@code put} ({@link Report#headersPlain}) holds only its entries.
 *
 * <p>Which javac rule applies: every javac and every release keep this {@code this$0}. Compiling for release
 * 18 or later, javac drops an unused outer reference (JDK-8271623) only from classes that are not
 * {@code Serializable}, and {@code HashMap} is; {@code javap -p} on {@code Report$2} shows the field under javac 17 and javac 25.
 *
 * <p>Each operation makes a report, keeps its header map and drops the report. Batch of 100 with 64 KiB
 * rows: about 6.5 MB retained per iteration by the leaky variant, about 45 MB after seven.
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar DoubleBraceBenchmark -prof leakbench.profile.HeapGrowthProfiler
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, batchSize = 100)
@Measurement(iterations = 5, batchSize = 100)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Thread)
public class DoubleBraceBenchmark extends ReportOwnerState {
    @Benchmark
    public Map<String, String> leakyDoubleBraceMap() {
        return keepFromNextReport(Report::headersDoubleBrace);
    }

    @Benchmark
    public Map<String, String> fixedPlainMap() {
        return keepFromNextReport(Report::headersPlain);
    }
}
