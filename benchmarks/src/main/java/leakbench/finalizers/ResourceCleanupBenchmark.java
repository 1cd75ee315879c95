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
 * Finalizers against explicit cleanup: what it costs to allocate and reclaim a resource, and how much waits.
 *
 * <p>Seed idiom: {@code class Resource: def __del__(self): self.cleanup()} against "Best Practices: Avoid
 * __del__": explicit {@code r.close()} in {@code try/finally}, a context manager ({@code with Resource() as r}),
 * or a {@code weakref} callback. Java idioms: {@code finalize()}, a static {@link java.lang.ref.Cleaner}, and
 * try-with-resources. Every variant opens a 1 KB buffer, fills it and releases it with the same flush (a
 * CRC32 over the buffer, {@link ReleaseLedger}); they differ only in which thread releases it, and when.
 *
 * <ul>
 *   <li>{@code finalizeCleanup} (cost and backlog): the release runs in {@code finalize()}. A finalizable
 *       object survives the collection that finds it unreachable (its buffer too), waits in a queue for the
 *       single Finalizer thread, and is reclaimed at a later collection. The allocating thread pays only for
 *       registration; the flush moves to the Finalizer thread. It keeps memory it no longer needs for at
 *       least one more collection and for as long as the Finalizer thread is behind: a slow or blocked
 *       finalize() anywhere in the JVM makes that a real leak ({@code ResourceCleanupTest} blocks the thread
 *       and shows every buffer kept). When the thread keeps up, nothing stays: HeapGrowthProfiler, which
 *       lets reference processing settle before it reads the heap, shows about 0 B/op, so the variant is not
 *       named leaky; {@code backlogGrowth} shows what waits.</li>
 *   <li>{@code cleanerWithoutClose} (cost only): the caller forgets {@code close()}; the Cleaner's safety
 *       net releases the buffer on the Cleaner thread after a collection. Unlike finalize(), the owner is
 *       reclaimed in the first collection (phantom references are cleared when enqueued); the buffer, held by
 *       the static cleanup action, waits for the Cleaner thread.</li>
 *   <li>{@code fixedCleanerAndClose}: {@code close()} runs the action on the caller's thread and unregisters
 *       it; the Cleaner never has work to do.</li>
 *   <li>{@code fixedTryWithResources}: a plain {@code AutoCloseable}, no registration at all.</li>
 * </ul>
 *
 * <p>The backlog is reported as the secondary result {@code backlogGrowth} ({@link CleanupBacklog}): the net
 * growth, over the measured iterations, of the number of buffers opened but not yet released. It is zero for
 * both fixed variants by construction. For the other two it is whatever the collections and the cleanup
 * thread did not reach: seen here, about 49,000 of 50,000 in a default run (a batch rarely fills the young
 * generation, so nothing is even discovered), and 0 with {@code -gc true}, whose forced collections and
 * {@code System.runFinalization()} between iterations let the Finalizer thread catch up at this rate.
 *
 * <p>SingleShotTime over a batch of 10,000 buffers, state kept across iterations. Even if no release ever ran,
 * 7 iterations hold 70 MB, far below the 512 MB heap. The time covers the allocating thread only: the
 * Finalizer and Cleaner threads' work shows as CPU taken from it (2 cores) and in {@code backlogGrowth}.
 * Show the difference with
 * {@code java -jar benchmarks/target/benchmarks.jar ResourceCleanupBenchmark -prof leakbench.profile.HeapGrowthProfiler -prof gc};
 * sweep the buffer with {@code -p bufferSize=256,1024,4096} and the pressure with {@code -bs 30000} (keep
 * 7 x batch x buffer size under half the heap: that is what stays if no release runs).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, batchSize = 10_000)
@Measurement(iterations = 5, batchSize = 10_000)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Thread)
public class ResourceCleanupBenchmark {
    @Benchmark
    public int finalizeCleanup(BufferFixture fixture) {
        return fixture.buffers().useFinalized(fixture.nextValue());
    }

    @Benchmark
    public int cleanerWithoutClose(BufferFixture fixture) {
        return fixture.buffers().useCleanedWithoutClose(fixture.nextValue());
    }

    @Benchmark
    public int fixedCleanerAndClose(BufferFixture fixture) {
        return fixture.buffers().useCleanedAndClosed(fixture.nextValue());
    }

    @Benchmark
    public int fixedTryWithResources(BufferFixture fixture) {
        return fixture.buffers().useTryWithResources(fixture.nextValue());
    }
}
