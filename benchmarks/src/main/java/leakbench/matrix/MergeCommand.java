package leakbench.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --merge DIR... --out DEST}: joins the result sets of the shards of one grid into one set, as if one
 * machine had run it: results.json arrays concatenated, run.json cells and min-heap searches collected, each
 * cell tagged with the directory it came from. Every input is read and checked before DEST is written.
 */
final class MergeCommand {
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    int run(List<Path> sources, Path dest, List<String> commandLine, PrintWriter out) throws UsageException, IOException {
        ArrayNode results = json.createArrayNode();
        ArrayNode cells = json.createArrayNode();
        ArrayNode minHeap = json.createArrayNode();
        ArrayNode jdks = json.createArrayNode();
        List<JsonNode> runs = new ArrayList<>();
        for (Path source : sources) {
            JsonNode sourceResults = read(source.resolve(ResultStore.RESULTS));
            if (!sourceResults.isArray()) {
                throw new UsageException(source.resolve(ResultStore.RESULTS) + ": not a JMH result array");
            }
            JsonNode run = read(source.resolve(ResultStore.RUN));
            if (!run.isObject() || !run.path("cells").isArray()) {
                throw new UsageException(source.resolve(ResultStore.RUN) + ": not a matrix run.json (no cells)");
            }
            sourceResults.forEach(results::add);
            for (JsonNode cell : run.path("cells")) {
                if (!cell.isObject()) {
                    throw new UsageException(source.resolve(ResultStore.RUN) + ": a cell is not an object");
                }
                ((ObjectNode) cell).put("part", source.toString());
                cells.add(cell);
            }
            run.path("minHeap").forEach(minHeap::add);
            run.path("jdks").forEach(jdk -> {
                if (!contains(jdks, jdk)) {
                    jdks.add(jdk);
                }
            });
            runs.add(run);
        }
        ObjectNode merged = json.createObjectNode();
        merged.put("tool", "leakbench matrix");
        merged.put("status", runs.stream().allMatch(r -> r.path("status").asText().equals(RunRecord.COMPLETE))
                ? RunRecord.COMPLETE : RunRecord.INTERRUPTED);
        merged.put("finished", Instant.now().toString());
        merged.set("commandLine", json.valueToTree(commandLine));
        merged.set("mergedFrom", json.valueToTree(sources.stream().map(Path::toString).toList()));
        merged.set("machine", runs.get(0).path("machine"));
        merged.set("git", runs.get(0).path("git"));
        merged.set("jdks", jdks);
        merged.set("grid", runs.get(0).path("grid"));
        merged.set("minHeap", minHeap);
        merged.set("cells", cells);

        ResultStore store = new ResultStore(dest);
        store.addResults(toList(results));
        store.writeJson(ResultStore.RUN, merged);
        out.printf("merged %d result sets: %d results, %d cells into %s%n", sources.size(), results.size(), cells.size(), dest);
        out.flush();
        return 0;
    }

    private JsonNode read(Path file) throws UsageException {
        try {
            return json.readTree(file.toFile());
        } catch (IOException e) {
            throw new UsageException(file + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    private static boolean contains(ArrayNode array, JsonNode node) {
        for (JsonNode element : array) {
            if (element.equals(node)) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> toList(ArrayNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
