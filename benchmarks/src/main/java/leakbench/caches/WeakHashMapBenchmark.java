package leakbench.caches;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A Java trap: a {@code WeakHashMap} whose value refers to its key.
 *
 * <p>Seed idiom: the prevention checklist's {@code weakref.WeakValueDictionary()} ("Weak references"): let
 * a cache entry die with the object it describes. Java's nearest tool is {@code WeakHashMap}, weak on keys.
 *
 * <p>Java idiom: attach data to an object you do not own in a {@code WeakHashMap<Session, V>}. Each operation
 * attaches a {@code valueSize}-byte payload to a new session and drops the session. In
 * {@link #leakyValueRefersToKey} the value holds its session; the map holds its values strongly, so every key
 * stays strongly reachable through its own value and no entry is ever cleared: the map grows by the payload
 * plus about 100 B per attachment. {@link #fixedValueHoldsOnlyTheId} stores the session's id instead of the
 * session; the collector clears the dead keys and the map expunges their entries on its next access, so the
 * retained heap stays flat.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar WeakHashMapBenchmark -prof leakbench.profile.HeapGrowthProfiler
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, batchSize = WeakHashMapBenchmark.BATCH)
@Measurement(iterations = 5, batchSize = WeakHashMapBenchmark.BATCH)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class WeakHashMapBenchmark {
    /** Attachments per iteration: 7 iterations of 1 KB payloads keep about 80 MB in the leaky map. */
    static final int BATCH = 10_000;

    @Param("1024")
    int valueSize;

    private SessionAttachments referringToKey;
    private SessionAttachments keepingOnlyTheId;
    private long nextSessionId;

    @Setup
    public void createMaps() {
        referringToKey = SessionAttachments.referringToKey();
        keepingOnlyTheId = SessionAttachments.keepingOnlyTheId();
        nextSessionId = 0;
    }

    @Benchmark
    public int leakyValueRefersToKey() {
        return attachToNewSession(referringToKey);
    }

    @Benchmark
    public int fixedValueHoldsOnlyTheId() {
        return attachToNewSession(keepingOnlyTheId);
    }

    /** The session dies with this frame; only the map could keep it. */
    private int attachToNewSession(SessionAttachments attachments) {
        attachments.attach(new Session(nextSessionId++), new byte[valueSize]);
        return attachments.size();
    }
}
