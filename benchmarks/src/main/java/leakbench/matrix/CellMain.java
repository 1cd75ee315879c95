package leakbench.matrix;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The child process of one cell: JMH's runner with the user's options as parsed by JMH itself, plus the
 * cell's JDK and flags. Runs in its own JVM so that a crash, a hang or a killed fork costs one cell only.
 *
 * <p>Arguments: {@code --jvm PATH --result FILE [--quick] [--append FLAG]... [--exclude REGEX]... -- JMH...}.
 * The cell's flags are appended after the user's {@code -jvmArgsAppend}, so for {@code -Xmx} and the
 * collector the cell wins over the benchmark's {@code @Fork(jvmArgs)} and {@code @Fork(jvmArgsAppend)}.
 */
public final class CellMain {
    private CellMain() {
    }

    public static void main(String[] args) throws Exception {
        int separator = Arrays.asList(args).indexOf("--");
        String[] jmhArgs = Arrays.copyOfRange(args, separator + 1, args.length);
        CommandLineOptions user = new CommandLineOptions(jmhArgs);
        List<String> cellFlags = new ArrayList<>();
        List<String> excludes = new ArrayList<>(user.getExcludes());
        ChainedOptionsBuilder options = new OptionsBuilder().parent(user).resultFormat(ResultFormatType.JSON);
        for (int i = 0; i < separator; i++) {
            switch (args[i]) {
                case "--jvm" -> options.jvm(args[++i]);
                case "--result" -> options.result(args[++i]);
                case "--append" -> cellFlags.add(args[++i]);
                case "--exclude" -> {
                    options.exclude(args[i + 1]);
                    excludes.add(args[++i]);
                }
                case "--quick" -> quick(user, options);
                default -> throw new IllegalArgumentException("CellMain: unknown argument " + args[i]);
            }
        }
        List<String> append = new ArrayList<>(user.getJvmArgsAppend().orElseGet(() -> benchmarksOwnAppend(user, excludes)));
        append.addAll(cellFlags);
        options.jvmArgsAppend(append.toArray(new String[0]));
        new Runner(options.build()).run();
    }

    /**
     * The {@code @Fork(jvmArgsAppend)} of the benchmarks this run selects. The cell's flags reach the forks as
     * {@code jvmArgsAppend} (so that they come last and win), and JMH lets that option replace the annotation's,
     * so the cell puts the annotation's first itself. Benchmarks that disagree cannot share one option: they
     * keep none, and the cell's log says so.
     */
    private static List<String> benchmarksOwnAppend(CommandLineOptions user, List<String> excludes) {
        List<String> includes = user.getIncludes().isEmpty() ? List.of(".*") : user.getIncludes();
        Set<List<String>> appends = new LinkedHashSet<>();
        for (BenchmarkListEntry entry : BenchmarkList.defaultList().find(
                OutputFormatFactory.createFormatInstance(new PrintStream(OutputStream.nullOutputStream()), VerboseMode.SILENT),
                includes, excludes)) {
            appends.add(List.copyOf(entry.getJvmArgsAppend().orElse(List.of())));
        }
        if (appends.size() > 1) {
            System.err.println("matrix: the selected benchmarks differ in @Fork(jvmArgsAppend) " + appends
                    + "; in this cell none of them applies (run them in separate matrix runs, or use @Fork(jvmArgs))");
            return List.of();
        }
        return appends.isEmpty() ? List.of() : appends.iterator().next();
    }

    /** {@code --quick}: one fork, one warmup and three measurement iterations of a second, unless the user said otherwise. */
    private static void quick(CommandLineOptions user, ChainedOptionsBuilder options) {
        if (!user.getForkCount().hasValue()) {
            options.forks(1);
        }
        if (!user.getWarmupIterations().hasValue()) {
            options.warmupIterations(1);
        }
        if (!user.getMeasurementIterations().hasValue()) {
            options.measurementIterations(3);
        }
        if (!user.getWarmupTime().hasValue()) {
            options.warmupTime(TimeValue.seconds(1));
        }
        if (!user.getMeasurementTime().hasValue()) {
            options.measurementTime(TimeValue.seconds(1));
        }
    }
}
