package leakbench.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs one JMH run (a cell or a min-heap trial) in a child JVM: {@code java -cp <this jar> CellMain ...}.
 * The child's output goes to a log file, read afterwards to find out-of-memory errors and failures.
 * Only one child runs at a time; {@link #stop()} ends it and its forks when the launcher is interrupted.
 */
final class CellRunner {
    /** Enough for JMH's host process, which only collects results; the benchmark runs in JMH's own fork. */
    private static final String HOST_HEAP = "-Xmx512m";

    private final List<String> jmhArgs;
    private final boolean quick;
    private final Duration timeout;
    private final ObjectMapper json = new ObjectMapper();
    private volatile Process running;
    private boolean stopped;

    CellRunner(List<String> jmhArgs, boolean quick, Duration timeout) {
        this.jmhArgs = jmhArgs;
        this.quick = quick;
        this.timeout = timeout;
    }

    /** What one child run produced. {@code results} is the JMH JSON array (empty when nothing finished). */
    record Run(String outcome, String reason, boolean timedOut, double seconds, List<BenchmarkOutcome> benchmarks,
               List<JsonNode> results) {
        boolean completed() {
            return outcome.equals(BenchmarkOutcome.OK);
        }
    }

    Run run(Jdk jdk, List<String> flags, List<String> excludes, Path log, Path result)
            throws IOException, InterruptedException {
        return run(jdk, flags, excludes, log, result, null);
    }

    /** {@code logLines}, when not null, gets the child's log lines while it runs (for progress). */
    Run run(Jdk jdk, List<String> flags, List<String> excludes, Path log, Path result, Consumer<String> logLines)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HOST_HEAP));
        // JMH settings given to the launcher (-Djmh.tmpDir=...) apply to every cell. The launcher holds JMH's
        // lock for the whole run (JmhLock), so its cells must not try to take it again.
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("jmh.") && !name.equals(JmhLock.IGNORE)).sorted()
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.add("-D" + JmhLock.IGNORE + "=true");
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CellMain.class.getName(),
                "--jvm", jdk.java().toString(), "--result", result.toString()));
        if (quick) {
            command.add("--quick");
        }
        for (String flag : flags) {
            command.add("--append");
            command.add(flag);
        }
        for (String exclude : excludes) {
            command.add("--exclude");
            command.add(exclude);
        }
        command.add("--");
        command.addAll(jmhArgs);

        Files.createDirectories(log.getParent());
        Files.deleteIfExists(result);
        long start = System.nanoTime();
        Process process;
        synchronized (this) {
            if (stopped) {
                // The launcher is shutting down: a child started now would outlive it.
                return new Run(BenchmarkOutcome.FAILED, "launcher stopped", false, 0, List.of(), List.of());
            }
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            running = process;
        }
        boolean finished;
        LogFollower follower = logLines == null ? null : LogFollower.start(log, logLines);
        try {
            finished = timeout == null ? waitFor(process) : process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            if (process.isAlive()) {
                kill(process);
            }
            running = null;
            if (follower != null) {
                follower.close();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        // Decoded leniently: a stray byte in a benchmark's output must not cost the cell its outcome.
        List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
        List<BenchmarkOutcome> benchmarks = LogScan.scan(lines);
        List<JsonNode> results = readResults(result);
        if (!finished) {
            return new Run(BenchmarkOutcome.FAILED, "timed out after " + timeout.toSeconds() + " s", true, seconds, benchmarks,
                    results);
        }
        return new Run(outcome(process.exitValue(), benchmarks, results),
                reason(process.exitValue(), benchmarks, results, lines), false, seconds, benchmarks, results);
    }

    /** Ends the running child and its JMH forks, and starts no more (used by the launcher's shutdown hook). */
    void stop() {
        Process process;
        synchronized (this) {
            stopped = true;
            process = running;
        }
        if (process != null) {
            kill(process);
        }
    }

    private static boolean waitFor(Process process) throws InterruptedException {
        process.waitFor();
        return true;
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String outcome(int exit, List<BenchmarkOutcome> benchmarks, List<JsonNode> results) {
        if (benchmarks.stream().anyMatch(b -> b.outcome().equals(BenchmarkOutcome.OUT_OF_MEMORY))) {
            return BenchmarkOutcome.OUT_OF_MEMORY;
        }
        boolean failed = exit != 0 || benchmarks.isEmpty() || results.isEmpty()
                || benchmarks.stream().anyMatch(b -> !b.outcome().equals(BenchmarkOutcome.OK));
        return failed ? BenchmarkOutcome.FAILED : BenchmarkOutcome.OK;
    }

    private static String reason(int exit, List<BenchmarkOutcome> benchmarks, List<JsonNode> results, List<String> log) {
        for (BenchmarkOutcome b : benchmarks) {
            if (!b.outcome().equals(BenchmarkOutcome.OK)) {
                String where = Cell.shortName(b.benchmark()) + " " + b.outcome() + " in " + b.phase() + " iteration " + b.iteration();
                return b.outcome().equals(BenchmarkOutcome.FAILED) ? where + ": " + b.message() : where;
            }
        }
        if (exit != 0) {
            return "JMH exited with status " + exit + ": " + firstError(log);
        }
        if (benchmarks.isEmpty() || results.isEmpty()) {
            return "no benchmark result";
        }
        return null;
    }

    /** The line that says what went wrong: JMH's own error line, else the log's first line. */
    private static String firstError(List<String> log) {
        return log.stream().map(String::strip)
                .filter(l -> l.startsWith("ERROR") || l.startsWith("Error") || l.startsWith("Exception") || l.contains("Exception:"))
                .findFirst()
                .orElse(log.stream().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("no output"));
    }

    private List<JsonNode> readResults(Path result) {
        List<JsonNode> entries = new ArrayList<>();
        try {
            if (Files.isRegularFile(result)) {
                json.readTree(result.toFile()).forEach(entries::add);
            }
        } catch (IOException e) {
            // A result file cut short by a dying child holds nothing we can trust.
        }
        return entries;
    }
}
