package leakbench.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a cell's JMH console output and tells, per benchmark (and parameter set), whether it ran out of
 * memory or failed, and which iteration it had reached. JMH prints "Iteration N:" when an iteration starts,
 * so the last such line before the failure is the iteration that did not finish.
 */
final class LogScan {
    private static final Pattern BENCHMARK = Pattern.compile("^# Benchmark: (\\S+)");
    private static final Pattern PARAMETERS = Pattern.compile("^# Parameters: \\((.*)\\)");
    private static final Pattern FORK = Pattern.compile("^# Fork: (\\d+) of");
    private static final Pattern ITERATION = Pattern.compile("^(# Warmup )?Iteration\\s+(\\d+):");

    private LogScan() {
    }

    static List<BenchmarkOutcome> scan(List<String> lines) {
        List<BenchmarkOutcome> outcomes = new ArrayList<>();
        Builder current = null;
        for (String line : lines) {
            Matcher m;
            if ((m = BENCHMARK.matcher(line)).find()) {
                if (current != null) {
                    outcomes.add(current.build());
                }
                current = new Builder(m.group(1));
            } else if (current == null) {
                continue;
            } else if ((m = PARAMETERS.matcher(line)).find()) {
                current.params = m.group(1);
            } else if ((m = FORK.matcher(line)).find()) {
                current.fork = Integer.parseInt(m.group(1));
                current.phase = "setup";
                current.iteration = 0;
                current.lastJvmLine = null;
            } else if ((m = ITERATION.matcher(line)).find()) {
                current.phase = m.group(1) == null ? "measurement" : "warmup";
                current.iteration = Integer.parseInt(m.group(2));
            }
            if (current.outcome.equals(BenchmarkOutcome.OK) && line.contains("java.lang.OutOfMemoryError")) {
                current.failAt(BenchmarkOutcome.OUT_OF_MEMORY, line);
            } else if (current.outcome.equals(BenchmarkOutcome.OK) && line.contains("<failure>")) {
                current.failAt(BenchmarkOutcome.FAILED, line);
            } else if (current.outcome.equals(BenchmarkOutcome.OK) && line.startsWith("<forked VM failed")) {
                // The JVM's own complaint ("Multiple garbage collectors selected") is the line printed before.
                current.failAt(BenchmarkOutcome.FAILED, current.lastJvmLine == null ? line : line + " " + current.lastJvmLine);
            } else if (current.outcome.equals(BenchmarkOutcome.FAILED) && line.contains("java.lang.OutOfMemoryError")) {
                // JMH prints "<failure>" before the stack trace that names the error.
                current.outcome = BenchmarkOutcome.OUT_OF_MEMORY;
                current.message = line.strip();
            }
            if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("<") && !ITERATION.matcher(line).find()) {
                current.lastJvmLine = line.strip();
            }
        }
        if (current != null) {
            outcomes.add(current.build());
        }
        return outcomes;
    }

    private static final class Builder {
        final String benchmark;
        String params = "";
        int fork = 1;
        String phase = "setup";
        int iteration;
        String outcome = BenchmarkOutcome.OK;
        String message;
        String lastJvmLine;
        String failedPhase;
        int failedIteration;
        int failedFork;

        Builder(String benchmark) {
            this.benchmark = benchmark;
        }

        void failAt(String what, String line) {
            outcome = what;
            message = line.strip();
            failedPhase = phase;
            failedIteration = iteration;
            failedFork = fork;
        }

        BenchmarkOutcome build() {
            if (outcome.equals(BenchmarkOutcome.OK)) {
                return new BenchmarkOutcome(benchmark, params, outcome, null, null, null, null);
            }
            return new BenchmarkOutcome(benchmark, params, outcome, failedFork, failedPhase, failedIteration, message);
        }
    }
}
