package leakbench.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;
import org.openjdk.jmh.runner.IterationType;

/**
 * True stop-the-world GC pauses per iteration, apart from concurrent GC work, on every collector.
 *
 * <p>JMH's {@code -prof gc} adds up {@code getCollectionTime()} of every collector bean, which on ZGC and
 * Shenandoah is mostly concurrent cycle time, and on JDK 17 the G1 Remark and Cleanup pauses are in no bean at
 * all. This profiler reads JFR instead ({@code jdk.GCPhasePause}: one event per pause, on every collector),
 * through one in-process stream per trial ({@link GcEventStream}).
 *
 * <p>Emits per iteration {@code gc.pause.count}, {@code gc.pause.total}, {@code gc.pause.max},
 * {@code gc.pause.p50}, {@code gc.pause.p99} (ms; percentiles from an HdrHistogram, 0 when the iteration had
 * no pause) and {@code gc.concurrent.time} (ms, the summed duration of top-level concurrent phases,
 * {@code jdk.GCPhaseConcurrent}).
 *
 * <p>Which pause belongs to which iteration is one rule ({@link WindowRule}), shared with the test that checks
 * this profiler against an independent recording: the window runs from this profiler's begin mark to its end
 * mark; a pause counts, whole, in the window in which it starts; pauses and concurrent phases that start inside
 * a collection forced by {@link FullCollection} (as {@link HeapGrowthProfiler} does) never count, whatever order
 * the profilers were given in; concurrent time is clipped to the window.
 *
 * <p>Option {@code dir=PATH} also writes every counted pause of the fork to a CSV file in PATH
 * ({@link PauseListFile}). Closing an iteration waits, outside the measured time, until JFR has handed over the
 * iteration's events ({@link PromptDelivery}: a few milliseconds) and every collection that started inside it
 * has ended (as long as a concurrent cycle still runs).
 *
 * <p>Use: {@code java -jar benchmarks.jar -prof leakbench.profile.GcPauseProfiler[:dir=results/pauses] ...}
 */
public final class GcPauseProfiler implements InternalProfiler {
    static final String COUNT = "gc.pause.count";
    static final String TOTAL = "gc.pause.total";
    static final String MAX = "gc.pause.max";
    static final String P50 = "gc.pause.p50";
    static final String P99 = "gc.pause.p99";
    static final String CONCURRENT = "gc.concurrent.time";

    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);
    private static final double NANOS_PER_MS = 1e6;

    private final Path dir;
    private GcEventStream events;
    private PauseListFile pauseList;
    private long windowStart;
    private int warmupIterations;
    private int measurementIterations;

    public GcPauseProfiler() {
        this.dir = null;
    }

    /** JMH hands the text after {@code -prof GcPauseProfiler:} to this constructor: empty or {@code dir=PATH}. */
    public GcPauseProfiler(String options) throws ProfilerException {
        this.dir = parseDir(options);
    }

    static Path parseDir(String options) throws ProfilerException {
        if (options == null || options.isBlank()) {
            return null;
        }
        String trimmed = options.strip();
        if (!trimmed.startsWith("dir=") || trimmed.length() == "dir=".length()) {
            throw new ProfilerException("GcPauseProfiler accepts only dir=PATH, got '" + options + "'");
        }
        Path path = Path.of(trimmed.substring("dir=".length()));
        try {
            Files.createDirectories(path);
        } catch (IOException | RuntimeException e) {
            throw new ProfilerException("GcPauseProfiler cannot create the directory '" + path + "': " + e.getMessage());
        }
        return path;
    }

    @Override
    public String getDescription() {
        return "Stop-the-world GC pauses from JFR (gc.pause.count/total/max/p50/p99, ms) and concurrent GC time"
                + " (gc.concurrent.time, ms); option dir=PATH writes each fork's pause list as CSV";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        if (events == null) {
            events = GcEventStream.start();
            if (dir != null) {
                pauseList = PauseListFile.create(dir, benchmarkParams);
            }
        }
        windowStart = events.mark();
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        GcWindow window;
        try {
            window = events.awaitWindow(windowStart, events.mark(), DELIVERY_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for JFR's GC events", e);
        }
        boolean warmup = iterationParams.getType() == IterationType.WARMUP;
        int iteration = warmup ? ++warmupIterations : ++measurementIterations;
        boolean last = !warmup && iteration == iterationParams.getCount();
        if (pauseList != null) {
            pauseList.append(warmup ? "warmup" : "measurement", iteration, window);
            if (last) {
                pauseList.finish();
            }
        }
        if (last) {
            events.close();
            events = null;
        }
        return metrics(window);
    }

    /** Every label on every iteration: JMH would pad a missing one with zero and drag the average down. */
    static List<ScalarResult> metrics(GcWindow window) {
        Histogram histogram = new Histogram(3);
        long total = 0;
        long max = 0;
        for (GcPause pause : window.pauses()) {
            long nanos = Math.max(1, pause.duration().toNanos());
            histogram.recordValue(nanos);
            total += nanos;
            max = Math.max(max, nanos);
        }
        boolean none = window.pauses().isEmpty();
        return List.of(
                new ScalarResult(COUNT, window.pauses().size(), "#", AggregationPolicy.AVG),
                new ScalarResult(TOTAL, total / NANOS_PER_MS, "ms", AggregationPolicy.AVG),
                new ScalarResult(MAX, max / NANOS_PER_MS, "ms", AggregationPolicy.MAX),
                new ScalarResult(P50, none ? 0 : histogram.getValueAtPercentile(50) / NANOS_PER_MS, "ms",
                        AggregationPolicy.AVG),
                new ScalarResult(P99, none ? 0 : histogram.getValueAtPercentile(99) / NANOS_PER_MS, "ms",
                        AggregationPolicy.AVG),
                new ScalarResult(CONCURRENT, window.concurrent().toNanos() / NANOS_PER_MS, "ms",
                        AggregationPolicy.AVG));
    }
}
