package leakbench.matrix;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Entry point of {@code benchmarks.jar}. With no arguments at all it runs the {@linkplain MainJob main job}. With
 * arguments but without a matrix option it is JMH's own launcher, untouched, so
 * every JMH option works. With {@code --gc}, {@code --heap}, {@code --young}, {@code --jdk}, {@code --out},
 * {@code --quick}, {@code --shard}, {@code --min-heap}, {@code --timeout}, {@code --merge}, {@code --compare-with},
 * {@code --pairs} or {@code --jar} it runs the launcher's {@link Plan}: the GC matrix (one JMH run per cell, results
 * merged into one directory) or an interleaved comparison; with {@code --jar OTHER.jar} the steps run that jar's
 * benchmarks instead of this suite's ({@link BenchmarkJar}).
 *
 * <p>Exit status: 0 when every cell ran or was recorded (out of memory is a result, not an error); 2 for bad
 * input, reported in one line before anything runs, or an output directory that cannot be written; 3 for a bug
 * in the launcher (an unexpected exception), also in one line.
 */
public final class Main {
    static final int OK = 0;
    static final int INTERNAL_ERROR = 3;
    static final int USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.exit(MainJob.run(MainJob.FAMILIES, List.of(), MainJob.defaultOut(LocalDateTime.now()),
                    new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
        }
        if (!MatrixArgs.isMatrix(args)) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(args, out, err));
    }

    /** The matrix launcher without {@code System.exit}, for tests. */
    static int run(String[] args, PrintWriter out, PrintWriter err) throws InterruptedException {
        try {
            JdkFinder finder = JdkFinder.forThisMachine();
            MatrixOptions options = MatrixArgs.parse(args, finder, LocalDateTime.now());
            List<String> commandLine = List.of(args);
            if (options.isMerge()) {
                return new MergeCommand().run(options.mergeSources(), options.out(), commandLine, out);
            }
            return new MatrixCommand(options, commandLine, out).run(finder.current());
        } catch (UsageException e) {
            err.println("benchmarks.jar: " + e.getMessage());
            err.flush();
            return USAGE;
        } catch (IOException e) {
            err.println("benchmarks.jar: could not write results: " + e.getMessage());
            err.flush();
            return USAGE;
        } catch (RuntimeException e) {
            err.println("benchmarks.jar: internal error (please report): " + e);
            err.flush();
            return INTERNAL_ERROR;
        }
    }
}
