package leakbench.finalizers;

import java.util.Random;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
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
    private int value;

    @Setup(Level.Trial)
    public void setUp(CleanupBacklog backlog) {
        buffers = new Buffers(SharedCleaner.INSTANCE, bufferSize, backlog.ledger());
        value = new Random(42).nextInt();
    }

    Buffers buffers() {
        return buffers;
    }

    int nextValue() {
        return value++;
    }
}
