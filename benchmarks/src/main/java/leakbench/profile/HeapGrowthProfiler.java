package leakbench.profile;

import java.util.Collection;
import java.util.List;
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
 * <p>Use: {@code java -jar benchmarks.jar -prof leakbench.profile.HeapGrowthProfiler ...}
 */
public final class HeapGrowthProfiler implements InternalProfiler {
    static final String RETAINED = "heap.retained";
    static final String RETAINED_NORM = "heap.retained.norm";

    private final boolean measurable = FullCollection.isSupported();
    private boolean toldNotMeasurable;
    private long retainedAtStart;
    private final RunningMean warmupNorm = new RunningMean();
    private final RunningMean measurementNorm = new RunningMean();

    public HeapGrowthProfiler() {
    }

    /** JMH hands the text after {@code -prof HeapGrowthProfiler:} to this constructor; there are no options. */
    public HeapGrowthProfiler(String options) throws ProfilerException {
        if (options != null && !options.isBlank()) {
            throw new ProfilerException("HeapGrowthProfiler takes no options, got '" + options + "'");
        }
    }

    @Override
    public String getDescription() {
        return "Live heap after a verified full collection (heap.retained, B) and its growth per op"
                + " over each iteration (heap.retained.norm, B/op)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        if (measurable) {
            retainedAtStart = LiveHeap.afterFullCollection();
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
