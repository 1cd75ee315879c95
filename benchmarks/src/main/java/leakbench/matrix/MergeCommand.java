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
 * cell tagged with the directory it came from. Shards of an interleaved comparison ({@code --compare-with}) join
 * the same way side by side: {@code base/results.json}, {@code candidate/results.json}, and run.json's units and
 * forks. Shards hold disjoint units, so no entry is joined with another. Every input is read and checked before
 * DEST is written.
 */
final class MergeCommand {
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    int run(List<Path> sources, Path dest, List<String> commandLine, PrintWriter out) throws UsageException, IOException {
        List<JsonNode> runs = new ArrayList<>();
        for (Path source : sources) {
            runs.add(read(source.resolve(ResultStore.RUN)));
        }
        boolean interleaved = runs.get(0).has("forks");
        for (int i = 0; i < sources.size(); i++) {
            JsonNode run = runs.get(i);
            String list = interleaved ? "forks" : "cells";
            if (!run.isObject() || !run.path(list).isArray() || (interleaved && !run.path("units").isArray())) {
                throw new UsageException(sources.get(i).resolve(ResultStore.RUN) + ": not a " + (interleaved
                        ? "comparison run.json like " + sources.get(0) + " (no units and forks)" : "matrix run.json (no cells)"));
            }
        }
        List<String> sides = interleaved ? List.of(MatrixCommand.BASE_DIR, MatrixCommand.CANDIDATE_DIR) : List.of("");
        List<ArrayNode> results = new ArrayList<>();
        for (String side : sides) {
            ArrayNode joined = json.createArrayNode();
            for (Path source : sources) {
                Path file = source.resolve(side).resolve(ResultStore.RESULTS);
                JsonNode sourceResults = read(file);
                if (!sourceResults.isArray()) {
                    throw new UsageException(file + ": not a JMH result array");
                }
                sourceResults.forEach(joined::add);
            }
            results.add(joined);
        }
        ArrayNode cells = json.createArrayNode();
        ArrayNode units = json.createArrayNode();
        ArrayNode forks = json.createArrayNode();
        ArrayNode minHeap = json.createArrayNode();
        ArrayNode jdks = json.createArrayNode();
        for (int i = 0; i < sources.size(); i++) {
            JsonNode run = runs.get(i);
            Path source = sources.get(i);
            tagged(run.path("cells"), source, cells);
            tagged(run.path("units"), source, units);
            tagged(run.path("forks"), source, forks);
            run.path("minHeap").forEach(minHeap::add);
            run.path("jdks").forEach(jdk -> {
                if (!contains(jdks, jdk)) {
                    jdks.add(jdk);
                }
            });
        }
        ObjectNode merged = json.createObjectNode();
        merged.put("tool", runs.get(0).path("tool").asText("leakbench matrix"));
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
        if (interleaved) {
            merged.set("compare", runs.get(0).path("compare"));
            merged.set("units", units);
            merged.set("forks", forks);
        } else {
            merged.set("cells", cells);
        }

        ResultStore store = new ResultStore(dest);
        for (int s = 0; s < sides.size(); s++) {
            new ResultStore(dest.resolve(sides.get(s))).addResults(toList(results.get(s)));
        }
        store.writeJson(ResultStore.RUN, merged);
        out.printf("merged %d result sets: %d results, %d %s into %s%n", sources.size(), results.get(0).size(),
                interleaved ? forks.size() : cells.size(), interleaved ? "forks" : "cells", dest);
        out.flush();
        return 0;
    }

    /** Copies each element of {@code from} into {@code to}, tagged with {@code part}: the directory it came from. */
    private static void tagged(JsonNode from, Path part, ArrayNode to) throws UsageException {
        for (JsonNode element : from) {
            if (!element.isObject()) {
                throw new UsageException(part.resolve(ResultStore.RUN) + ": an entry is not an object");
            }
            ObjectNode copy = element.deepCopy();
            copy.put("part", part.toString());
            to.add(copy);
        }
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
