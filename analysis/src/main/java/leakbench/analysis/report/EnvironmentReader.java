package leakbench.analysis.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import leakbench.analysis.model.BenchmarkResult;
import leakbench.analysis.model.ResultSet;

/** Builds a report's {@link Environment} from the results and, when the matrix wrote one, {@code run.json} beside them. */
final class EnvironmentReader {

    static final String RUN_FILE = "run.json";

    private EnvironmentReader() {
    }

    /** Problems with {@code run.json} are not errors (the results alone make a report); they go to {@code notes}. */
    static Environment read(ResultSet set, List<String> notes) {
        JsonNode run = runJson(set.source(), notes);
        List<BenchmarkResult> results = set.results();
        String date = text(run, "started");
        if (date.isEmpty() && !text(run, "finished").isEmpty()) {
            date = text(run, "finished") + " (finished; a merged run.json has no start)";
        }
        if (date.isEmpty()) {
            date = modified(set.source());
        }
        String cores = run.path("machine").path("cores").asText("");
        return new Environment(set.source().toString(), results.size(),
                distinct(results, r -> r.settings().jmhVersion()),
                distinct(results, r -> join(r.gcCell().jdkVersion(), r.settings().vmName())),
                distinct(results, r -> r.gcCell().collector()),
                distinct(results, r -> r.gcCell().maxHeap().isEmpty() ? "JVM default" : r.gcCell().maxHeap()),
                cores.isEmpty() ? Environment.NOT_RECORDED + " (no run.json)" : cores,
                date, orNotRecorded(run.path("git").path("commit").asText("")), failedCells(run));
    }

    static JsonNode runJson(Path results, List<String> notes) {
        Path dir = results.toAbsolutePath().getParent();
        Path file = dir == null ? null : dir.resolve(RUN_FILE);
        if (file == null || !Files.isRegularFile(file)) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        try {
            JsonNode node = new ObjectMapper().readTree(file.toFile());
            if (node != null && node.isObject()) {
                return node;
            }
            notes.add("Environment: " + RUN_FILE + " beside the results is not a JSON object; machine details are"
                    + " missing.");
        } catch (IOException e) {
            notes.add("Environment: " + RUN_FILE + " beside the results could not be read (malformed JSON);"
                    + " machine details are missing.");
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static List<String> failedCells(JsonNode run) {
        List<String> failed = new ArrayList<>();
        for (JsonNode cell : run.path("cells")) {
            String outcome = text(cell, "outcome");
            if (!outcome.isEmpty() && !outcome.equals("ok")) {
                String reason = text(cell, "reason");
                failed.add(text(cell, "label") + ": " + outcome + (reason.isEmpty() ? "" : " (" + reason + ")"));
            }
        }
        return failed;
    }

    private static String modified(Path file) {
        try {
            Instant at = Files.getLastModifiedTime(file).toInstant();
            return at.toString() + " (results file last modified)";
        } catch (IOException e) {
            return Environment.NOT_RECORDED;
        }
    }

    private static List<String> distinct(List<BenchmarkResult> results, Function<BenchmarkResult, String> value) {
        TreeSet<String> values = new TreeSet<>();
        results.stream().map(value).filter(Objects::nonNull).filter(v -> !v.isBlank()).forEach(values::add);
        return values.isEmpty() ? List.of(Environment.NOT_RECORDED) : List.copyOf(values);
    }

    private static String join(String version, String vm) {
        return (version + (vm.isEmpty() ? "" : " (" + vm + ")")).trim();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() ? v.asText() : "";
    }

    private static String orNotRecorded(String s) {
        return s.isEmpty() ? Environment.NOT_RECORDED : s;
    }
}
