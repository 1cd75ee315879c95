package leakbench.analysis.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes rendered reports into a directory so that no half-written report is ever left: every file goes to a
 * temporary file in the same directory first, and only when all are written are they moved into place.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** Writes {@code contents} (file name to text) into {@code dir}, creating it; returns the files written. */
    public static List<Path> write(Path dir, Map<String, String> contents) throws IOException {
        Files.createDirectories(dir);
        Map<Path, Path> temporaries = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, String> e : contents.entrySet()) {
                // Not createTempFile: its owner-only permissions would stay on the report after the move.
                Path tmp = dir.resolve("." + e.getKey() + "." + UUID.randomUUID() + ".tmp");
                temporaries.put(tmp, dir.resolve(e.getKey()));
                Files.writeString(tmp, e.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            }
            List<Path> written = new ArrayList<>();
            for (Map.Entry<Path, Path> move : temporaries.entrySet()) {
                moveIntoPlace(move.getKey(), move.getValue());
                written.add(move.getValue());
            }
            return written;
        } finally {
            for (Path tmp : temporaries.keySet()) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
