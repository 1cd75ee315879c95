package leakbench.finalizers;

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
 * A Cleaner action that captures its own object never runs.
 *
 * <p>Seed idiom: "Or: weakref Callbacks": {@code ref = weakref.ref(obj, cleanup)}, "cleanup called on GC (more
 * reliable than __del__)". Java idiom: {@code cleaner.register(obj, action)}, the replacement for finalize().
 * The Cleaner holds each action strongly until it runs, and runs it once its object is phantom reachable.
 *
 * <ul>
 *   <li>{@code leakyActionCapturesOwner}: the action is a lambda that reads the owner's fields, so it captures
 *       {@code this} ({@link SelfCapturingCleanedBuffer}). The owner is reachable from the Cleaner through its
 *       own action, forever: the action never runs, and owner and buffer pile up in the static Cleaner's list.
 *       The secondary result {@code backlogGrowth} ({@link CleanupBacklog}) grows by the
 *       batch size in every iteration: no release ever runs.</li>
 *   <li>{@code fixedStaticNestedAction}: the action is a static nested record holding only the buffer and the
 *       ledger ({@link CleanedBuffer}). The owner becomes phantom reachable, the action runs on the Cleaner
 *       thread, and the buffer is reclaimed. Both variants skip {@code close()} on purpose: the safety net is
 *       what is tested here ({@code ResourceCleanupBenchmark} measures closing). At the end of each iteration
 *       {@link BacklogCatchUp} lets the Cleaner thread finish the iteration's releases, so that what is read is
 *       what stays, whatever the machine's load.</li>
 * </ul>
 *
 * <p>SingleShotTime over a batch of 10,000 buffers of 1 KB, state kept across iterations: the leak reaches
 * about 80 MB after 7 iterations (about 1.1 KB per registration, JOL-measured), in a 512 MB heap. Show the
 * difference with
 * {@code java -jar benchmarks/target/benchmarks.jar CleanerCaptureBenchmark -prof leakbench.profile.HeapGrowthProfiler}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, batchSize = 10_000)
@Measurement(iterations = 5, batchSize = 10_000)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Thread)
public class CleanerCaptureBenchmark {
    /** The variant whose releases {@link BufferFixture} waits for at the end of each iteration. */
    static final String CATCHES_UP = "fixedStaticNestedAction";

    @Benchmark
    public int leakyActionCapturesOwner(BufferFixture fixture) {
        return fixture.buffers().useSelfCapturingCleaner(fixture.nextValue());
    }

    @Benchmark
    public int fixedStaticNestedAction(BufferFixture fixture) {
        return fixture.buffers().useCleanedWithoutClose(fixture.nextValue());
    }
}
