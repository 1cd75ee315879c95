package leakbench.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code DIR/results.json} (every finished cell's JMH results, one JMH JSON array) and {@code DIR/run.json}.
 * Each write goes to a temporary file that is then renamed over the old one, so a run killed at any moment
 * leaves both files whole, holding every cell finished so far.
 */
final class ResultStore {
    static final String RESULTS = "results.json";
    static final String RUN = "run.json";

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ArrayNode results = json.createArrayNode();

    ResultStore(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
    }

    Path dir() {
        return dir;
    }

    synchronized void addResults(List<JsonNode> entries) throws IOException {
        entries.forEach(results::add);
        write(dir.resolve(RESULTS), results);
    }

    /** Replaces every result: for the joined forks of a comparison, which grow inside existing entries. */
    synchronized void replaceResults(List<JsonNode> entries) throws IOException {
        results.removeAll();
        addResults(entries);
    }

    synchronized void writeRun(RunRecord run) throws IOException {
        write(dir.resolve(RUN), run);
    }

    synchronized void writeJson(String name, Object value) throws IOException {
        write(dir.resolve(name), value);
    }

    private void write(Path target, Object value) throws IOException {
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            json.writeValue(temp.toFile(), value);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
