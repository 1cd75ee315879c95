package leakbench.analysis.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * Reads the pause lists GcPauseProfiler writes with {@code dir=PATH}: one CSV file per fork, named
 * {@code *.pauses.csv}, found anywhere up to {@value #MAX_DEPTH} directories below the results file's directory.
 *
 * <p>Format (pause list v1): {@code #} lines describe the fork ({@code # benchmark: NAME k=v...},
 * {@code # jdk: VERSION ...}, {@code # jvm args: ...}), then the header
 * {@code phase,iteration,start_ms,duration_ms,gc_id,collector,pause,cause} and one row per pause. A file belongs to
 * the result with the same benchmark, params, JVM arguments and JDK version; only {@code measurement} rows count.
 * A file that cannot be read is skipped and named in the report's notes, never an error.
 */
public final class PauseListFiles {

    static final String SUFFIX = ".pauses.csv";
    static final String HEADER = "phase,iteration,start_ms,duration_ms,gc_id,collector,pause,cause";
    private static final int MAX_DEPTH = 3;

    private PauseListFiles() {
    }

    /** The pause lists below the directory of {@code results}; problems with single files go to {@code notes}. */
    public static PauseLists beside(Path results, List<String> notes) {
        Path dir = results.toAbsolutePath().getParent();
        if (dir == null) {
            return PauseLists.NONE;
        }
        Map<String, List<List<Pause>>> byResult = new HashMap<>();
        List<String> skipped = new ArrayList<>();
        try {
            FilesBeside.find(dir, MAX_DEPTH, SUFFIX).forEach(file -> {
                try {
                    Fork fork = parse(Files.readAllLines(file, StandardCharsets.UTF_8));
                    byResult.computeIfAbsent(fork.key(), k -> new ArrayList<>()).add(fork.pauses());
                } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                    skipped.add(dir.relativize(file) + " (" + e.getMessage() + ")");
                }
            });
        } catch (IOException | UncheckedIOException e) {
            notes.add("Pauses: could not search " + dir + " for pause lists: " + e.getMessage());
        }
        FilesBeside.noteSkipped(notes, "Pauses", "pause list(s)", skipped);
        if (byResult.isEmpty()) {
            return PauseLists.NONE;
        }
        return r -> byResult.getOrDefault(key(r.benchmark(), FilesBeside.params(r), String.join(" ", r.settings().jvmArgs()),
                r.settings().jdkVersion()), List.of());
    }

    /** One file: its identity and its measurement pauses. */
    record Fork(String key, List<Pause> pauses) {
    }

    static Fork parse(List<String> lines) {
        String benchmark = null;
        String jdk = "";
        String jvmArgs = "";
        int header = -1;
        for (int i = 0; i < lines.size() && header < 0; i++) {
            String line = lines.get(i);
            if (line.startsWith("# benchmark: ")) {
                benchmark = line.substring("# benchmark: ".length()).strip();
            } else if (line.startsWith("# jdk: ")) {
                String rest = line.substring("# jdk: ".length()).strip();
                jdk = rest.contains(" ") ? rest.substring(0, rest.indexOf(' ')) : rest;
            } else if (line.startsWith("# jvm args: ")) {
                jvmArgs = line.substring("# jvm args: ".length()).strip();
            } else if (line.equals(HEADER)) {
                header = i;
            }
        }
        if (benchmark == null || header < 0) {
            throw new IllegalArgumentException("not a leakbench pause list v1");
        }
        String[] nameAndParams = benchmark.split(" ");
        String params = String.join(" ", Arrays.stream(nameAndParams).skip(1).sorted().toList());
        List<Pause> pauses = new ArrayList<>();
        for (int i = header + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", 5);
            if (cells.length < 5) {
                throw new IllegalArgumentException("line " + (i + 1) + " has too few columns");
            }
            if (cells[0].equals("measurement")) {
                try {
                    pauses.add(new Pause(Double.parseDouble(cells[2]), Double.parseDouble(cells[3])));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("line " + (i + 1) + " has a start or duration that is not a"
                            + " number");
                }
            }
        }
        return new Fork(key(nameAndParams[0], params, jvmArgs, jdk), pauses);
    }

    private static String key(String benchmark, String params, String jvmArgs, String jdk) {
        return benchmark + "\n" + params + "\n" + jvmArgs + "\n" + jdk;
    }
}
