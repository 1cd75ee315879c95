package leakbench.captures;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The seed's "Global References" ({@code cache.append(data)  # Never cleared!}) in its thread-confined
 * Java form: a {@code ThreadLocal} request context on pooled threads. A pooled thread never dies between
 * requests, so a value set in its {@code ThreadLocal} and never removed is a global that only that thread
 * can see. {@link RequestHandler#handleWithoutRemove} attaches each request body to the thread's
 * {@link RequestContext} and leaves it there: every body stays reachable from the worker thread (and the
 * next request on that thread sees the previous ones). {@link RequestHandler#handleThenRemove} does the
 * same work and calls {@code ThreadLocal.remove()} in {@code finally}.
 *
 * <p>A fixed pool of {@code threads} workers lives for the whole trial (created in setup, shut down in
 * teardown); each operation hands one request of {@code bodyBytes} to it and waits for the answer. Batch of
 * 500 with 16 KiB bodies: about 8 MB retained per iteration by the leaky variant, about 57 MB after seven,
 * in a 512 MB heap.
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ThreadLocalBenchmark -prof leakbench.profile.HeapGrowthProfiler
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, batchSize = 500)
@Measurement(iterations = 5, batchSize = 500)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Thread)
public class ThreadLocalBenchmark {
    /** Worker threads in the pool. */
    @Param("2")
    public int threads;

    /** Size of each request body: what a leftover context keeps alive. */
    @Param("16384")
    public int bodyBytes;

    private ExecutorService pool;

    @Setup(Level.Trial)
    public void startPool() {
        pool = Executors.newFixedThreadPool(threads);
    }

    @TearDown(Level.Trial)
    public void stopPool() throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the request pool did not stop within 30 s");
        }
    }

    /** Returns the bodies the worker's context held: grows with every request that worker handled. */
    @Benchmark
    public int leakyNeverRemoved() throws InterruptedException, ExecutionException {
        return pool.submit(() -> RequestHandler.handleWithoutRemove(new byte[bodyBytes])).get();
    }

    /** Returns the bodies the worker's context held: always 1, the request's own. */
    @Benchmark
    public int fixedRemovedInFinally() throws InterruptedException, ExecutionException {
        return pool.submit(() -> RequestHandler.handleThenRemove(new byte[bodyBytes])).get();
    }
}
