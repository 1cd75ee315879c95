package leakbench.finalizers;

import java.util.Random;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.annotations.State;

/**
 * The inputs of the buffer benchmarks ({@code ResourceCleanupBenchmark}, {@code CleanerCaptureBenchmark}):
 * {@link Buffers} of {@code bufferSize} bytes on the shared static Cleaner, reporting to the thread's
 * {@link CleanupBacklog}, and a value that changes on every operation so nothing folds to a constant.
 */
@State(Scope.Thread)
public class BufferFixture {
    @Param("1024")
    public int bufferSize;

    private Buffers buffers;
    private ReleaseLedger ledger;
    private int value;

    /** Set for the variants whose releases run on the Cleaner thread and must have run when the heap is read. */
    private BacklogCatchUp catchUp;

    @Setup(Level.Trial)
    public void setUp(CleanupBacklog backlog, BenchmarkParams params) {
        ledger = backlog.ledger();
        buffers = new Buffers(SharedCleaner.INSTANCE, bufferSize, ledger);
        catchUp = params.getBenchmark().endsWith("." + CleanerCaptureBenchmark.CATCHES_UP) ? new BacklogCatchUp(ledger)
                : null;
        value = new Random(42).nextInt();
    }

    Buffers buffers() {
        return buffers;
    }

    /** Outside the measured time: lets the Cleaner thread finish the iteration's releases ({@link BacklogCatchUp}). */
    @TearDown(Level.Iteration)
    public void catchUpWithReleases() throws InterruptedException {
        if (catchUp != null) {
            catchUp.catchUp();
        }
    }

    int nextValue() {
        return value++;
    }
}
