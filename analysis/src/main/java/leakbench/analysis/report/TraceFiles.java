package leakbench.analysis.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import leakbench.analysis.model.BenchmarkResult;

/**
 * Reads the trace files HeapGrowthProfiler writes with {@code trace=true;dir=PATH}: one JSON file per fork, named
 * {@code *.trace.json} (format {@code leakbench trace v1}), found up to {@value #MAX_DEPTH} directories below the
 * results file's directory. A file belongs to the result with the same benchmark, params, JVM arguments and JDK
 * version. A file that cannot be read is skipped and named in the report's notes, never an error.
 */
public final class TraceFiles {

    static final String SUFFIX = ".trace.json";
    static final String FORMAT = "leakbench trace v1";
    private static final int MAX_DEPTH = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The traces of each result, by fork; {@link #found()} false when the directory holds none at all. */
    public record Traces(Map<String, List<JsonNode>> byResult, boolean found) {
        List<JsonNode> of(BenchmarkResult r) {
            return byResult.getOrDefault(key(r), List.of());
        }
    }

    private TraceFiles() {
    }

    public static Traces beside(Path results, List<String> notes) {
        Path dir = results.toAbsolutePath().getParent();
        if (dir == null) {
            return new Traces(Map.of(), false);
        }
        Map<String, List<JsonNode>> byResult = new HashMap<>();
        List<String> skipped = new ArrayList<>();
        boolean found = false;
        try {
            for (Path file : FilesBeside.find(dir, MAX_DEPTH, SUFFIX)) {
                found = true;
                try {
                    JsonNode trace = JSON.readTree(file.toFile());
                    if (trace == null || !FORMAT.equals(trace.path("format").asText())) {
                        throw new IOException("not a " + FORMAT + " file");
                    }
                    byResult.computeIfAbsent(key(trace), k -> new ArrayList<>()).add(trace);
                } catch (IOException | RuntimeException e) {
                    String message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
                    skipped.add(dir.relativize(file) + " (" + message.substring(0, Math.min(200, message.length()))
                            + ")");
                }
            }
        } catch (IOException | UncheckedIOException e) {
            notes.add("Why it leaks: could not search " + dir + " for trace files: " + e.getMessage());
        }
        FilesBeside.noteSkipped(notes, "Why it leaks", "trace file(s)", skipped);
        byResult.values().forEach(forks -> forks.sort(java.util.Comparator.comparingInt(t -> t.path("fork").asInt())));
        return new Traces(byResult, found);
    }

    private static String key(JsonNode trace) {
        Map<String, String> params = new TreeMap<>();
        trace.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        List<String> jvmArgs = new ArrayList<>();
        trace.path("jvmArgs").forEach(a -> jvmArgs.add(a.asText()));
        return key(trace.path("benchmark").asText(), params, jvmArgs, trace.path("jdkVersion").asText());
    }

    static String key(BenchmarkResult r) {
        return key(r.benchmark(), new TreeMap<>(r.params()), r.settings().jvmArgs(), r.settings().jdkVersion());
    }

    private static String key(String benchmark, Map<String, String> params, List<String> jvmArgs, String jdk) {
        return benchmark + "\n" + params + "\n" + String.join(" ", jvmArgs) + "\n" + jdk;
    }
}
