package leakbench.caches;

import java.util.concurrent.TimeUnit;
import leakbench.caches.ReportKeys.KeyWithoutEquals;
import leakbench.caches.ReportKeys.RecordKey;
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
 * A Java trap: a cache key class without {@code equals}/{@code hashCode}.
 *
 * <p>Seed idiom: {@code functools.lru_cache}, which memoizes by argument value; Python's tuples and ints
 * compare by value, so the "same" call always hits.
 *
 * <p>Java idiom: memoize in a {@code HashMap<Key, V>} with {@code computeIfAbsent}. The workload cycles over
 * {@code keySpace} distinct reports, building a new key object per lookup as callers do. With
 * {@link ReportKeys.KeyWithoutEquals} ({@link #leakyKeyWithoutEquals}) no two keys are equal: every lookup
 * misses, recomputes and adds an entry, so the cache that should hold {@code keySpace} entries grows by a
 * value plus about 80 B per lookup. With {@link ReportKeys.RecordKey} ({@link #fixedRecordKey}) lookups
 * hit after the first round and the cache stays at {@code keySpace} entries.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar KeyEqualityBenchmark -prof leakbench.profile.HeapGrowthProfiler
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, batchSize = KeyEqualityBenchmark.BATCH)
@Measurement(iterations = 5, batchSize = KeyEqualityBenchmark.BATCH)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class KeyEqualityBenchmark {
    /** Lookups per iteration: 7 iterations of 1 KB values keep about 80 MB in the leaky cache. */
    static final int BATCH = 10_000;
    private static final String TENANT = "acme";

    /** Distinct reports the workload asks for: the size a correct cache settles at. */
    @Param("1024")
    int keySpace;

    @Param("1024")
    int valueSize;

    private MemoizedReports<KeyWithoutEquals> byIdentity;
    private MemoizedReports<RecordKey> byValue;
    private int nextReport;

    @Setup
    public void createCaches() {
        byIdentity = new MemoizedReports<>(key -> new byte[valueSize]);
        byValue = new MemoizedReports<>(key -> new byte[valueSize]);
        nextReport = 0;
    }

    @Benchmark
    public byte[] leakyKeyWithoutEquals() {
        return byIdentity.get(new KeyWithoutEquals(TENANT, nextReportId()));
    }

    @Benchmark
    public byte[] fixedRecordKey() {
        return byValue.get(new RecordKey(TENANT, nextReportId()));
    }

    private int nextReportId() {
        int id = nextReport;
        nextReport = (nextReport + 1) % keySpace;
        return id;
    }
}
