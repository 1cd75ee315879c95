package leakbench.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The pause list of one fork as a CSV file, for distributions and MMU in the reports. One row per pause
 * counted by {@link GcPauseProfiler}, so a row set of one iteration sums to that iteration's
 * {@code gc.pause.total}. Lines starting with {@code #} describe the fork. Columns:
 * {@code phase,iteration,start_ms,duration_ms,gc_id,collector,pause,cause}, where {@code start_ms} counts from
 * JVM start, {@code collector} and {@code cause} come from JFR's {@code jdk.GarbageCollection} and
 * {@code pause} from {@code jdk.GCPhasePause}.
 *
 * <p>A pause is written once its collection has ended (JFR reports the collector and cause then), so a pause
 * of a concurrent cycle that outlived its iteration is written one iteration later, still with its own
 * iteration number. Rows are appended per iteration; a fork that dies keeps the rows written so far.
 */
final class PauseListFile {
    static final String HEADER = "phase,iteration,start_ms,duration_ms,gc_id,collector,pause,cause";

    private final Path path;
    private final Instant jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    /** Pauses whose collection has not ended yet, by GC id. */
    private final Map<Long, List<String[]>> waiting = new HashMap<>();

    private PauseListFile(Path path) {
        this.path = path;
    }

    static PauseListFile create(Path dir, BenchmarkParams params) {
        long pid = ProcessHandle.current().pid();
        long started = ManagementFactory.getRuntimeMXBean().getStartTime();
        StringBuilder name = new StringBuilder(params.getBenchmark());
        for (String key : params.getParamsKeys()) {
            name.append('-').append(key).append('=').append(params.getParam(key));
        }
        name.append("-pid").append(pid).append('-').append(started).append(".pauses.csv");
        Path path = dir.resolve(name.toString().replaceAll("[^A-Za-z0-9._=-]", "_"));
        List<String> lines = List.of(
                "# leakbench pause list v1: stop-the-world GC pauses counted by GcPauseProfiler",
                "# benchmark: " + params.getBenchmark() + " " + params.getParamsKeys().stream()
                        .map(k -> k + "=" + params.getParam(k)).reduce((a, b) -> a + " " + b).orElse(""),
                "# jdk: " + params.getJdkVersion() + " " + params.getVmName() + " " + params.getVmVersion(),
                "# jvm args: " + String.join(" ", params.getJvmArgs()),
                "# jvm start: " + Instant.ofEpochMilli(started) + " (start_ms counts from here)",
                HEADER);
        try {
            Files.write(path, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the pause list " + path, e);
        }
        return new PauseListFile(path);
    }

    Path path() {
        return path;
    }

    /** Adds one iteration's pauses and writes every pause whose collection is now known. */
    void append(String phase, int iteration, GcWindow window) {
        for (GcPause pause : window.pauses()) {
            String[] row = {phase, Integer.toString(iteration),
                    millis(Duration.between(jvmStart, pause.start()).toNanos()),
                    millis(pause.duration().toNanos()), Long.toString(pause.gcId()), "", pause.name(), ""};
            waiting.computeIfAbsent(pause.gcId(), id -> new ArrayList<>()).add(row);
        }
        List<String[]> ready = new ArrayList<>();
        for (GcCollection collection : window.collections()) {
            List<String[]> rows = waiting.remove(collection.gcId());
            if (rows != null) {
                for (String[] row : rows) {
                    row[5] = collection.collector();
                    row[7] = collection.cause();
                    ready.add(row);
                }
            }
        }
        write(ready);
    }

    /** Writes the pauses whose collection never ended within the trial, without collector and cause. */
    void finish() {
        List<String[]> rest = new ArrayList<>();
        for (Iterator<List<String[]>> it = waiting.values().iterator(); it.hasNext(); ) {
            rest.addAll(it.next());
            it.remove();
        }
        write(rest);
    }

    private void write(List<String[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    out.write(i == 0 ? "" : ",");
                    out.write(csv(row[i]));
                }
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the pause list " + path, e);
        }
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.6f", nanos / 1e6);
    }

    /** RFC 4180 quoting for names that could hold a comma or a quote. */
    static String csv(String field) {
        if (field == null) {
            return "";
        }
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
