package leakbench.analysis.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The filling bathtub to the end: cells of {@code FillingBathtubBenchmark.leakyFill} that ran out of memory have no
 * entry in results.json (JMH writes none for a fork that died), so their steps are read from the cell's JMH log,
 * which the matrix keeps ({@code cells/NNN-<cell>.log}, named in run.json). JMH prints each measurement iteration as
 * {@code Iteration N: <score> <unit>} followed by one indented {@code <metric>: <value> <unit>} line per secondary
 * metric; {@code ≈ 0} is read as 0.
 */
final class BathtubLogs {

    static final String BENCHMARK = "leakbench.gc.FillingBathtubBenchmark.leakyFill";
    private static final Pattern ITERATION = Pattern.compile("^Iteration\\s+(\\d+):(.*)$");
    private static final Pattern VALUE = Pattern.compile("^\\s*(\u2248\\s*)?(-?[0-9][0-9.,]*(?:[eE]-?[0-9]+)?|0)\\s*(\\S+)?\\s*$");
    private static final Pattern METRIC = Pattern.compile("^\\s+([a-z][\\w.]*):\\s+(.*)$");

    private BathtubLogs() {
    }

    /** Curves of the bathtub cells listed in the run.json beside {@code results}, in run.json order. */
    static List<BathtubCurve> beside(Path results, List<String> notes) {
        Path dir = results.toAbsolutePath().getParent();
        JsonNode run = EnvironmentReader.runJson(results, new ArrayList<>());
        List<BathtubCurve> curves = new ArrayList<>();
        for (JsonNode cell : run.path("cells")) {
            JsonNode bathtub = null;
            for (JsonNode b : cell.path("benchmarks")) {
                if (b.path("benchmark").asText("").equals(BENCHMARK)) {
                    bathtub = b;
                }
            }
            if (bathtub == null || dir == null) {
                continue;
            }
            Path log = find(dir, cell.path("part").asText(""), cell.path("log").asText(""));
            if (log == null) {
                notes.add("Bathtub: the log of cell " + cell.path("label").asText("?") + " was not found; its steps"
                        + " are missing.");
                continue;
            }
            try {
                curves.add(new BathtubCurve(cell.path("label").asText(""), cell.path("collector").asText(""),
                        cell.path("heapBytes").asLong(0), bathtub.path("outcome").asText(""),
                        bathtub.path("phase").asText("").equals("measurement") ? bathtub.path("iteration").asInt(0) : 0,
                        steps(Files.readAllLines(log), cell.path("heapBytes").asLong(0))));
            } catch (IOException | RuntimeException e) {
                notes.add("Bathtub: the log of cell " + cell.path("label").asText("?") + " could not be read.");
            }
        }
        return curves;
    }

    /**
     * The log beside run.json, or, for a merged run.json, under the part it came from: the part is the path the
     * merge was given, so its trailing components are tried below the results' directory.
     */
    private static Path find(Path dir, String part, String log) {
        if (log.isEmpty()) {
            return null;
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(dir.resolve(log));
        Path partPath = part.isEmpty() ? null : Path.of(part);
        if (partPath != null) {
            for (int i = 0; i < partPath.getNameCount(); i++) {
                candidates.add(dir.resolve(partPath.subpath(i, partPath.getNameCount())).resolve(log));
            }
        }
        for (Path p : candidates) {
            Path normal = p.normalize();
            if (normal.startsWith(dir) && Files.isRegularFile(normal)) {
                return normal;
            }
        }
        return null;
    }

    /** The completed measurement steps of the log's bathtub benchmark. */
    static List<BathtubStep> steps(List<String> lines, long heapBytes) {
        List<BathtubStep> steps = new ArrayList<>();
        boolean inBathtub = false;
        int iteration = 0;
        double score = Double.NaN;
        Map<String, Double> metrics = new HashMap<>();
        for (String line : lines) {
            if (line.startsWith("# Benchmark: ")) {
                close(steps, iteration, score, metrics, heapBytes);
                iteration = 0;
                inBathtub = line.substring("# Benchmark: ".length()).strip().equals(BENCHMARK);
                continue;
            }
            if (!inBathtub) {
                continue;
            }
            Matcher m = ITERATION.matcher(line);
            if (m.find()) {
                close(steps, iteration, score, metrics, heapBytes);
                iteration = Integer.parseInt(m.group(1));
                score = millis(m.group(2));
                metrics.clear();
                continue;
            }
            if (iteration == 0) {
                continue;
            }
            Matcher metric = METRIC.matcher(line);
            if (metric.find()) {
                metrics.put(metric.group(1), value(metric.group(2)));
            } else if (Double.isNaN(score)) {
                // A profiler's stderr line can sit between "Iteration N:" and its score.
                score = millis(line);
            }
        }
        close(steps, iteration, score, metrics, heapBytes);
        return steps;
    }

    private static void close(List<BathtubStep> steps, int iteration, double score, Map<String, Double> metrics,
                              long heapBytes) {
        Double retained = metrics.get(GrowthAnalysis.RETAINED);
        if (iteration > 0 && Double.isFinite(score) && retained != null && heapBytes > 0) {
            steps.add(new BathtubStep(iteration, score, retained / heapBytes,
                    metrics.getOrDefault(PauseAnalysis.TOTAL, Double.NaN),
                    metrics.getOrDefault(PauseAnalysis.COUNT, Double.NaN)));
        }
    }

    /** A score such as {@code 12.345 ms/op} in ms; NaN when it is not a time per op. */
    private static double millis(String text) {
        Matcher m = VALUE.matcher(text);
        if (!m.find() || m.group(3) == null || !m.group(3).endsWith("/op")) {
            return Double.NaN;
        }
        java.util.OptionalDouble seconds = Units.secondsPer(m.group(3).substring(0, m.group(3).length() - 3));
        return seconds.isPresent() ? value(text) * seconds.getAsDouble() * 1000 : Double.NaN;
    }

    /** {@code 12.345 ms/op}, {@code ≈ 0 ms}, {@code 1234.000 B}: the number; NaN when the text is not one. */
    static double value(String text) {
        Matcher m = VALUE.matcher(text);
        if (!m.find()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(m.group(2).replace(",", "").toLowerCase(Locale.ROOT));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
