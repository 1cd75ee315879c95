package leakbench.profile;

import java.util.Collection;
import java.util.List;
import jdk.jfr.Event;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.runner.IterationType;

/**
 * Test-only: marks each iteration's window in the fork's own JFR recording (started with
 * {@code -XX:StartFlightRecording}), so that CpuProfilerTest can cut the JVM's {@code jdk.GCCPUTime} events into
 * iterations without any profiler code. Given after CpuProfiler, its window lies inside CpuProfiler's.
 */
public final class JfrWindowMarkProfiler implements InternalProfiler {
    static final String EVENT = "leakbench.test.CpuWindowMark";

    @Name(EVENT)
    @StackTrace(false)
    static final class WindowMark extends Event {
        boolean begin;
        boolean measurement;
    }

    @Override
    public String getDescription() {
        return "test only: JFR marks at iteration start and end";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        mark(true, iterationParams);
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        mark(false, iterationParams);
        return List.of();
    }

    private static void mark(boolean begin, IterationParams iterationParams) {
        WindowMark mark = new WindowMark();
        mark.begin = begin;
        mark.measurement = iterationParams.getType() == IterationType.MEASUREMENT;
        mark.commit();
    }
}
