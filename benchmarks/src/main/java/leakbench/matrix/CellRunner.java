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
 * Runs one JMH run (a cell, a unit's fork or a min-heap trial) in a child JVM: {@code java -cp JAR
 * org.openjdk.jmh.Main ...} with the arguments {@link JmhCommand} builds, JAR being the step's
 * {@link BenchmarkJar}: this suite, a base jar, or another project's jar with the profilers beside it.
 * The child's output goes to a log file, read afterwards to find out-of-memory errors and failures.
 * Only one child runs at a time; {@link #stop()} ends it and its forks when the launcher is interrupted.
 */
final class CellRunner {
    /** Enough for JMH's host process, which only collects results; the benchmark runs in JMH's own fork. */
    private static final String HOST_HEAP = "-Xmx512m";

    private final JmhArgs user;
    private final boolean quick;
    private final Duration timeout;
    private final ObjectMapper json = new ObjectMapper();
    private volatile Process running;
    private boolean stopped;

    CellRunner(JmhArgs user, boolean quick, Duration timeout) {
        this.user = user;
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

    /**
     * A whole cell (or a min-heap trial) of {@code jar}: the user's regexes, {@code excludes} left out;
     * {@code ownAppend} is the selected benchmarks' shared {@code @Fork(jvmArgsAppend)}.
     */
    Run run(BenchmarkJar jar, Jdk jdk, List<String> ownAppend, List<String> flags, List<String> excludes, Path log,
            Path result) throws IOException, InterruptedException {
        return run(jar, jdk, ownAppend, flags, excludes, log, result, null);
    }

    /** The same, with {@code logLines}, when not null, getting the child's log lines while it runs (for progress). */
    Run run(BenchmarkJar jar, Jdk jdk, List<String> ownAppend, List<String> flags, List<String> excludes, Path log,
            Path result, Consumer<String> logLines) throws IOException, InterruptedException {
        return start(jar, JmhCommand.arguments(user, quick, jdk, ownAppend, flags, excludes, null, null, result), log, result,
                logLines);
    }

    /** One unit of {@code jar}, with {@code forks} forks or the user's. */
    Run run(BenchmarkJar jar, Jdk jdk, List<String> ownAppend, List<String> flags, Unit unit, Integer forks, Path log,
            Path result, Consumer<String> logLines) throws IOException, InterruptedException {
        return start(jar, JmhCommand.arguments(user, quick, jdk, ownAppend, flags, List.of(), unit, forks, result), log, result,
                logLines);
    }

    private Run start(BenchmarkJar jar, List<String> jmhArguments, Path log, Path result, Consumer<String> logLines)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (!jar.otherProject()) {
            // A fork of a benchmark without @Fork(jvmArgs) inherits this JVM's flags. The suite's benchmarks all
            // set their heap; another project's need not, and must get the JVM's default as with java -jar OTHER.jar.
            command.add(HOST_HEAP);
        }
        // JMH settings given to the launcher (-Djmh.tmpDir=...) apply to every cell. The launcher holds JMH's
        // lock for the whole run (JmhLock), so its cells must not try to take it again.
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("jmh.") && !name.equals(JmhLock.IGNORE)).sorted()
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.add("-D" + JmhLock.IGNORE + "=true");
        command.addAll(List.of("-cp", jar.classpath(), BenchmarkJar.MAIN));
        command.addAll(jmhArguments);

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
