package leakbench.analysis.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import leakbench.analysis.model.BenchmarkResult;

/** Files that profilers write beside a result set (pause lists, JFR recordings), and how they name a result. */
final class FilesBeside {

    private FilesBeside() {
    }

    /** Regular files named {@code *suffix} up to {@code depth} directories below {@code dir}, sorted. */
    static List<Path> find(Path dir, int depth, String suffix) throws IOException {
        try (Stream<Path> found = Files.find(dir, depth,
                (p, attributes) -> attributes.isRegularFile() && p.getFileName().toString().endsWith(suffix))) {
            return found.sorted().toList();
        }
    }

    /** The note naming up to five files of a section that could not be read, or nothing when there are none. */
    static void noteSkipped(List<String> notes, String section, String what, List<String> skipped) {
        if (!skipped.isEmpty()) {
            notes.add(section + ": " + skipped.size() + " " + what + " skipped as unreadable: "
                    + String.join("; ", skipped.subList(0, Math.min(5, skipped.size())))
                    + (skipped.size() > 5 ? "; ..." : ""));
        }
    }

    /** A result's params as {@code k=v} joined by spaces, sorted by name. */
    static String params(BenchmarkResult r) {
        return String.join(" ", r.params().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted()
                .toList());
    }
}
