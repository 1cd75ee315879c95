package leakbench.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;

/**
 * Measurement only (not part of the suite): {@link GcPauseProfiler} with the wall time of each of its
 * {@code afterIteration} calls, which is what closing an iteration costs, appended as a CSV row to the file
 * named by {@code file=PATH}: {@code jdk,gc,benchmark,phase,iteration,close_ms}. Used by
 * {@code results/pause-delivery/run.sh} with the test classes on the classpath.
 */
public final class TimedGcPauseProfiler implements InternalProfiler {
    private final GcPauseProfiler profiler = new GcPauseProfiler();
    private final Path file;
    private int iteration;

    public TimedGcPauseProfiler(String options) throws ProfilerException {
        if (options == null || !options.startsWith("file=")) {
            throw new ProfilerException("TimedGcPauseProfiler needs file=PATH");
        }
        file = Path.of(options.substring("file=".length()));
    }

    @Override
    public String getDescription() {
        return "measurement only: GcPauseProfiler with the wall time of closing each iteration";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        profiler.beforeIteration(benchmarkParams, iterationParams);
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        long start = System.nanoTime();
        Collection<? extends Result> metrics = profiler.afterIteration(benchmarkParams, iterationParams, result);
        double millis = (System.nanoTime() - start) / 1e6;
        String gc = ManagementFactory.getGarbageCollectorMXBeans().get(0).getName();
        String row = String.format(Locale.ROOT, "%s,%s,%s,%s,%d,%.3f%n", Runtime.version().feature(), gc,
                benchmarkParams.getBenchmark(), iterationParams.getType(), ++iteration, millis);
        try {
            Files.writeString(file, row, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(metrics);
    }
}
