package leakbench.finalizers;

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
 * Object resurrection: a finalizer that makes its object reachable again.
 *
 * <p>Seed idiom (Object Resurrection): {@code class Item: def __del__(self): global saved; saved = self}.
 * Java idiom: {@code finalize()} storing {@code this} in a long-lived place ({@link Graveyard}, a list so that
 * every resurrection stays visible rather than only the last).
 *
 * <ul>
 *   <li>{@code leakyResurrectingFinalizer}: each dropped {@link ResurrectingItem} is found unreachable,
 *       finalized, and saved: it and its 1 KB payload stay reachable for as long as the graveyard does. The
 *       JVM runs finalize() once per object, so an item forgotten again is reclaimed without a second
 *       chance; until then it is a leak.</li>
 *   <li>{@code fixedFinalizerWithoutResurrection}: the same object with a finalize() that only reports
 *       ({@link MortalItem}); after finalization the next collection reclaims it.</li>
 * </ul>
 *
 * <p>Both variants pay for finalization (registration, two collections, the Finalizer thread); only the
 * resurrection differs. SingleShotTime over a batch of 10,000 items, state kept across iterations: about 75 MB
 * resurrected after 7 iterations, in a 512 MB heap. Show the difference with
 * {@code java -jar benchmarks/target/benchmarks.jar ResurrectionBenchmark -prof leakbench.profile.HeapGrowthProfiler}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, batchSize = 10_000)
@Measurement(iterations = 5, batchSize = 10_000)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Thread)
public class ResurrectionBenchmark {
    @Param("1024")
    public int payloadSize;

    private Graveyard graveyard;

    @Setup(Level.Trial)
    public void setUp() {
        graveyard = new Graveyard();
    }

    @Benchmark
    public Object leakyResurrectingFinalizer() {
        return new ResurrectingItem(payloadSize, graveyard);
    }

    @Benchmark
    public Object fixedFinalizerWithoutResurrection() {
        return new MortalItem(payloadSize, graveyard);
    }
}
