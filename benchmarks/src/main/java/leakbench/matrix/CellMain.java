package leakbench.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The child process of one cell: JMH's runner with the user's options as parsed by JMH itself, plus the
 * cell's JDK and flags. Runs in its own JVM so that a crash, a hang or a killed fork costs one cell only.
 *
 * <p>Arguments: {@code --jvm PATH --result FILE [--quick] [--append FLAG]... [--exclude REGEX]... -- JMH...}.
 * The cell's flags are appended after the user's {@code -jvmArgsAppend}, so for {@code -Xmx} and the
 * collector the cell wins over the benchmark's {@code @Fork(jvmArgs)}.
 */
public final class CellMain {
    private CellMain() {
    }

    public static void main(String[] args) throws Exception {
        int separator = Arrays.asList(args).indexOf("--");
        String[] jmhArgs = Arrays.copyOfRange(args, separator + 1, args.length);
        CommandLineOptions user = new CommandLineOptions(jmhArgs);
        List<String> append = new ArrayList<>(user.getJvmArgsAppend().orElse(List.of()));
        ChainedOptionsBuilder options = new OptionsBuilder().parent(user).resultFormat(ResultFormatType.JSON);
        for (int i = 0; i < separator; i++) {
            switch (args[i]) {
                case "--jvm" -> options.jvm(args[++i]);
                case "--result" -> options.result(args[++i]);
                case "--append" -> append.add(args[++i]);
                case "--exclude" -> options.exclude(args[++i]);
                case "--quick" -> quick(user, options);
                default -> throw new IllegalArgumentException("CellMain: unknown argument " + args[i]);
            }
        }
        options.jvmArgsAppend(append.toArray(new String[0]));
        new Runner(options.build()).run();
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
