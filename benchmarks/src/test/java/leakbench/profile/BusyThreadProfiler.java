package leakbench.profile;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Test-only: the independent figures for a one-thread CPU-bound benchmark. Per iteration, the wall time of its
 * own window ({@code System.nanoTime}) and the time the JMH worker thread spent runnable but waiting for a CPU
 * (the second field of the kernel's {@code /proc/self/task/TID/schedstat}). A thread that never blocks is either
 * running or waiting, so wall time minus its wait is the CPU it got, whatever else loads the machine. Given
 * after CpuProfiler, its window lies inside CpuProfiler's.
 */
public final class BusyThreadProfiler implements InternalProfiler {
    static final String WALL = "test.wall";
    static final String WAIT = "test.worker.wait";

    private long wallStart;
    private long waitStart;

    @Override
    public String getDescription() {
        return "test only: wall time and the JMH worker's run-queue wait per iteration";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        waitStart = workerWaitNanos(benchmarkParams);
        wallStart = System.nanoTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        double wall = (System.nanoTime() - wallStart) / 1e6;
        double wait = (workerWaitNanos(benchmarkParams) - waitStart) / 1e6;
        return List.of(new ScalarResult(WALL, wall, "ms", AggregationPolicy.AVG),
                new ScalarResult(WAIT, wait, "ms", AggregationPolicy.AVG));
    }

    /**
     * Run-queue wait of the (single) JMH worker thread so far; 0 before JMH has started it. JMH names it
     * "BENCHMARK-jmh-worker-1", of which the kernel keeps the first 15 characters.
     */
    private static long workerWaitNanos(BenchmarkParams benchmarkParams) {
        String worker = (benchmarkParams.getBenchmark() + "-jmh-worker-").substring(0, 15);
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                if (Files.readString(task.resolve("comm")).strip().equals(worker)) {
                    return Long.parseLong(Files.readString(task.resolve("schedstat")).strip().split("\\s+")[1]);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/self/task", e);
        }
        return 0;
    }
}
