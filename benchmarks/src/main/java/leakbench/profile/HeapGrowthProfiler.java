package leakbench.profile;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.ExternalProfiler;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;
import org.openjdk.jmh.runner.IterationType;

/**
 * Retained heap per operation: what {@code -prof gc} cannot tell (it measures allocation, not retention).
 *
 * <p>Before and after each iteration it runs a verified {@link FullCollection} and reads the live heap, then
 * emits {@code heap.retained} (B, the live heap at the end of the iteration) and {@code heap.retained.norm}
 * (B/op, the growth over the iteration divided by the iteration's operations as JMH counts them: in
 * {@code SingleShotTime} with a batch, one op is the whole batch, as in {@code gc.alloc.rate.norm}).
 *
 * <p>The live heap is read the accurate way for the collector ({@link LiveHeap}): pool usage at the end of the
 * full collection for Serial, Parallel and G1, a reachable-object histogram for ZGC and Shenandoah. Objects
 * waiting for the Finalizer or a Cleaner thread are still reachable right after a collection, so the reading
 * is repeated (after a 10 ms pause, up to 4 times) while it still shrinks by more than 64 KB or 1%: what is
 * reported is what stays once reference processing has caught up, not a passing backlog.
 *
 * <p>JMH drops the benchmark's {@code @State} objects (trial teardown) inside the last measurement iteration,
 * before any profiler can look, so that iteration's own growth cannot be measured: it would show the release
 * of everything the trial kept. For that iteration the profiler reports {@code heap.retained} as measured at
 * the iteration's start and {@code heap.retained.norm} as the mean of the fork's earlier measurement
 * iterations (warmup ones if there are none), and says so once on stderr. With a single iteration in all it
 * reports the raw reading and warns.
 *
 * <p>Under Epsilon nothing is ever collected, so retention cannot be told from garbage: the profiler says so
 * once on stderr and emits no heap metric, rather than report every allocation as a leak. It keeps only
 * numbers between iterations, never a reference to anything it measures.
 *
 * <p><b>Why it grows</b> ({@code -prof leakbench.profile.HeapGrowthProfiler:trace=true}, options in
 * {@link TraceOptions}): the fork also takes the live class histogram at the start of every iteration and, at
 * the start of the last measurement iteration (the state is still alive there), dumps the live heap when it grew
 * by more than {@value #TRACE_MIN_GROWTH_TEXT} since the end of warm-up. The host JVM, after the fork has exited,
 * fits each class's instances and bytes against the calls, finds the shortest strong path from a GC root to a
 * sample of the fastest-growing types in the dump (LeakCanary's Shark), writes one small JSON per fork beside
 * the results ({@link TraceAnalysis}) and deletes the dump ({@code trace=keep} keeps it). Without {@code trace}
 * the host side adds nothing to the fork's command line and the fork runs exactly as before.
 *
 * <p>Use: {@code java -jar benchmarks.jar -prof leakbench.profile.HeapGrowthProfiler ...}
 */
public final class HeapGrowthProfiler implements InternalProfiler, ExternalProfiler {
    static final String RETAINED = "heap.retained";
    static final String RETAINED_NORM = "heap.retained.norm";
    /** Growth of the live heap over the traced window below which no dump is taken: a few iterations' drift. */
    static final long TRACE_MIN_GROWTH = 256 * 1024;
    static final String TRACE_MIN_GROWTH_TEXT = "256 KiB";

    private final boolean measurable = FullCollection.isSupported();
    private final TraceOptions trace;
    private boolean toldNotMeasurable;
    private long retainedAtStart;
    private final RunningMean warmupNorm = new RunningMean();
    private final RunningMean measurementNorm = new RunningMean();
    // Fork side of the trace: iteration counters and the live heap at the start of the traced window.
    private TraceLog traceLog;
    private boolean toldNoTraceLog;
    private int warmupsStarted;
    private int measurementsStarted;
    private long liveAtWindowStart = -1;
    // Host side of the trace: the work directory of the fork being run (read by the shutdown hook, hence volatile).
    private volatile Path traceWork;
    private boolean removesWorkAtExit;

    public HeapGrowthProfiler() {
        this.trace = TraceOptions.OFF;
    }

    /** JMH hands the text after {@code -prof HeapGrowthProfiler:} to this constructor (see {@link TraceOptions}). */
    public HeapGrowthProfiler(String options) throws ProfilerException {
        this.trace = TraceOptions.parse(options);
    }

    @Override
    public String getDescription() {
        return "Live heap after a verified full collection (heap.retained, B) and its growth per op"
                + " over each iteration (heap.retained.norm, B/op); trace=true adds the growing types and"
                + " their root paths, one JSON per fork";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        if (measurable) {
            retainedAtStart = LiveHeap.afterFullCollection();
            if (trace.tracing()) {
                traceIteration(benchmarkParams, iterationParams);
            }
        }
    }

    /**
     * After the reading of {@code heap.retained} (so the histogram's own garbage and collection cannot change
     * it): the histogram, and at the start of the last measurement iteration the dump decision.
     */
    private void traceIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        if (traceLog == null) {
            traceLog = TraceLog.ofThisFork();
            if (traceLog == null) {
                if (!toldNoTraceLog) {
                    toldNoTraceLog = true;
                    System.err.println("HeapGrowthProfiler: trace needs a forked run (-f 1 or more); not traced");
                }
                return;
            }
        }
        boolean warmup = iterationParams.getType() == IterationType.WARMUP;
        int overall = warmupsStarted + measurementsStarted;
        int iteration = warmup ? ++warmupsStarted : ++measurementsStarted;
        traceLog.reading(warmup ? "warmup" : "measurement", iteration, retainedAtStart);
        int warmups = benchmarkParams.getWarmup().getCount();
        int total = warmups + benchmarkParams.getMeasurement().getCount();
        if (overall == TraceAnalysis.windowStart(warmups, total)) {
            liveAtWindowStart = retainedAtStart;
        }
        if (!warmup && iteration == iterationParams.getCount()) {
            long growth = retainedAtStart - liveAtWindowStart;
            if (total < 2 || liveAtWindowStart < 0) {
                traceLog.skipDump("a single iteration: no growth to trace");
            } else if (growth <= TRACE_MIN_GROWTH) {
                traceLog.skipDump("the live heap grew by " + growth + " B over the traced window, not more than "
                        + TRACE_MIN_GROWTH_TEXT + ": nothing to trace");
            } else {
                traceLog.dump(retainedAtStart, trace.maxDumpBytes());
            }
        }
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        if (!measurable) {
            tellNotMeasurableOnce();
            return List.of();
        }
        long retained = LiveHeap.afterFullCollection();
        long ops = result.getMetadata().getAllOps();
        double perOp = ops > 0 ? (double) (retained - retainedAtStart) / ops : Double.NaN;
        boolean warmup = iterationParams.getType() == IterationType.WARMUP;
        if (traceLog != null) {
            traceLog.ops(warmup ? "warmup" : "measurement", warmup ? warmupsStarted : measurementsStarted, ops);
        }
        boolean last = !warmup && measurementNorm.count() + 1 == iterationParams.getCount();
        if (last) {
            RunningMean earlier = measurementNorm.count() > 0 ? measurementNorm : warmupNorm;
            if (earlier.count() > 0) {
                System.err.println("HeapGrowthProfiler: JMH released the benchmark's state inside the last"
                        + " iteration; its heap.retained is the reading at its start and its heap.retained.norm"
                        + " the mean of the " + earlier.count() + " earlier iteration(s)");
                return results(retainedAtStart, earlier.mean());
            }
            System.err.println("HeapGrowthProfiler: with a single iteration the reading includes JMH's release"
                    + " of the benchmark's state at the end of the trial; run at least 2 iterations");
        }
        (warmup ? warmupNorm : measurementNorm).add(perOp);
        return results(retained, perOp);
    }

    /** Host side: a fresh work directory per fork for its trace log and dump, named to the fork by a property. */
    @Override
    public Collection<String> addJVMOptions(BenchmarkParams params) {
        if (!trace.tracing()) {
            return List.of();
        }
        try {
            traceWork = Files.createTempDirectory("leakbench-trace-");
        } catch (IOException e) {
            System.err.println("HeapGrowthProfiler: cannot create a work directory for the trace, not traced: " + e);
            traceWork = null;
            return List.of();
        }
        if (!removesWorkAtExit) {
            // A run stopped with Ctrl-C or SIGTERM between a fork's start and its analysis would otherwise leave
            // the fork's dump (up to maxDump, hundreds of MB) in the temporary directory.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                Path left = traceWork;
                if (left != null) {
                    TraceAnalysis.removeWorkDirectory(left);
                }
            }, "leakbench-trace-cleanup"));
            removesWorkAtExit = true;
        }
        return List.of("-D" + TraceLog.WORK_PROPERTY + "=" + traceWork);
    }

    @Override
    public Collection<String> addJVMInvokeOptions(BenchmarkParams params) {
        return List.of();
    }

    @Override
    public void beforeTrial(BenchmarkParams benchmarkParams) {
    }

    /** Host side, after the fork has exited: analyse its trace, write the JSON, remove the work directory. */
    @Override
    public Collection<? extends Result> afterTrial(BenchmarkResult br, long pid, File stdOut, File stdErr) {
        if (trace.tracing() && traceWork != null) {
            TraceAnalysis.analyseFork(traceWork, br.getParams(), pid, trace);
            traceWork = null;
        }
        return List.of();
    }

    @Override
    public boolean allowPrintOut() {
        return true;
    }

    @Override
    public boolean allowPrintErr() {
        return true;
    }

    private static List<ScalarResult> results(long retained, double perOp) {
        return List.of(
                new ScalarResult(RETAINED, retained, "B", AggregationPolicy.AVG),
                new ScalarResult(RETAINED_NORM, perOp, "B/op", AggregationPolicy.AVG));
    }

    /** Mean of a few numbers, kept as two primitives so the profiler holds nothing it measures. */
    private static final class RunningMean {
        private double sum;
        private int count;

        void add(double value) {
            sum += value;
            count++;
        }

        int count() {
            return count;
        }

        double mean() {
            return sum / count;
        }
    }

    private void tellNotMeasurableOnce() {
        if (!toldNotMeasurable) {
            toldNotMeasurable = true;
            System.err.println("HeapGrowthProfiler: this JVM's collector (Epsilon) never collects, so retained"
                    + " heap is not measurable; no heap.retained metrics are reported.");
        }
    }
}
