package leakbench.matrix;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import leakbench.analysis.cli.Answer;

/**
 * The main job, {@code java -jar benchmarks.jar} with no arguments: the six families' leaky, fixed and cost variants
 * with both leak profilers and {@code -prof gc}, one matrix cell (each benchmark's own {@code @Fork} heap and the
 * JVM's default collector) into {@code results/<timestamp>/}, then the reports beside the results and the verdict
 * table on the terminal.
 *
 * <p>It only chooses arguments and hands them to the matrix command, so the run is an ordinary matrix run (the same
 * run.json, the same atomic writes, the same exit codes); the verdicts come from the analysis module, which owns the
 * verdict rule.
 */
final class MainJob {

    /** The six families; {@code calibration} and the launcher's self-test benchmarks are ground truth, not answers. */
    static final String FAMILIES = "^leakbench\\.(caches|listeners|captures|finalizers|allocation|gc)\\.";
    /**
     * Left out: the filling bathtub fills the heap step by step over 60 iterations, a minute per collector, and
     * answers the matrix's question (how a collector copes with a filling heap), not "does it leak".
     */
    static final String EXCLUDED = "FillingBathtubBenchmark";

    private MainJob() {
    }

    /** The matrix arguments of the main job: {@code selection} (a JMH include regex) and extra JMH options. */
    static List<String> arguments(String selection, List<String> extraJmhOptions, Path out) {
        List<String> args = new ArrayList<>(List.of(selection, "-e", EXCLUDED,
                // GcPauseProfiler first: its JFR start-up must not count as HeapGrowthProfiler's growth.
                "-prof", "leakbench.profile.GcPauseProfiler:dir=" + out.resolve("pauses"),
                "-prof", "leakbench.profile.HeapGrowthProfiler",
                "-prof", "gc"));
        args.addAll(extraJmhOptions);
        args.addAll(List.of("--out", out.toString()));
        return args;
    }

    static Path defaultOut(LocalDateTime now) {
        return Path.of("results", now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss")));
    }

    /** The whole job; the exit status is the matrix run's, or the report's when the run itself went well. */
    static int run(String selection, List<String> extraJmhOptions, Path out, PrintWriter stdout, PrintWriter stderr)
            throws InterruptedException {
        stdout.println("leakbench: no arguments, so the main job: every leaky, fixed and cost variant of the six"
                + " families with HeapGrowthProfiler, GcPauseProfiler and -prof gc, then the report. Plain JMH:"
                + " give any argument (-h for JMH's options).");
        stdout.flush();
        int status = Main.run(arguments(selection, extraJmhOptions, out).toArray(new String[0]), stdout, stderr);
        if (!Files.isRegularFile(out.resolve(ResultStore.RESULTS))) {
            return status;
        }
        int report = Answer.reportAndPrint(out, stdout, stderr);
        return status != Main.OK ? status : report;
    }
}
