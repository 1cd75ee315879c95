package leakbench.analysis.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import leakbench.analysis.model.BenchmarkResult;
import leakbench.analysis.model.HistogramBin;
import leakbench.analysis.model.Metric;
import leakbench.analysis.model.Mode;
import leakbench.analysis.model.ResultSet;
import leakbench.analysis.model.RunSettings;

/**
 * Reads a JMH JSON result file ({@code -rf json}) of any JMH version from 1.11 on, or a result directory holding
 * {@value #RESULTS_FILE}.
 *
 * <p>Tolerated, because real JMH files contain them: {@code "NaN"}, {@code "+INF"}, {@code "-INF"} strings for
 * numbers; secondary metric names with the pre-1.37 "·" prefix; missing {@code params}, {@code jmhVersion},
 * {@code vmName}, {@code jvmArgs}; sample mode with {@code rawDataHistogram} instead of {@code rawData}; forks 0;
 * {@code @Group} member results; CR or CRLF line endings; a UTF-8 byte-order mark. Anything else that does not
 * look like JMH output is an {@link InvalidResultsException}.
 */
public final class JmhResultReader {

    /** The file a result directory holds its JMH results in. */
    public static final String RESULTS_FILE = "results.json";
    /** The matrix launcher's description of a run, beside {@value #RESULTS_FILE}. */
    public static final String RUN_FILE = "run.json";

    /** Result files are mostly numbers: the fast double parser halves the time to read a large one. */
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** Reads one element of the array from a parser that goes on to the next, so the tokens after it are fine. */
    private static final ObjectReader ELEMENT_READER = MAPPER.reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Reads {@code path}: a JMH JSON file, or a directory containing {@value #RESULTS_FILE}. */
    public ResultSet read(Path path) throws InvalidResultsException {
        Path file = resolve(path);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidResultsException(file + ": cannot read: " + e.getMessage());
        }
        ResultSet parsed = parse(file, bytes);
        Path runJson = file.resolveSibling(RUN_FILE);
        if (!Files.isRegularFile(runJson) && InterleavedRun.runJsonOf(file).isPresent()) {
            runJson = InterleavedRun.runJsonOf(file).get(); // DIR/base/results.json of an interleaved run
        }
        return new ResultSet(parsed.source(), parsed.results(), machine(runJson));
    }

    /** Parses the bytes of a JMH JSON file; {@code source} is only used to name the file in messages. */
    public ResultSet parse(Path source, byte[] bytes) throws InvalidResultsException {
        String text = decode(source, bytes);
        if (text.isBlank()) {
            throw new InvalidResultsException(source + ": empty file, expected JMH JSON results");
        }
        List<BenchmarkResult> results = new ArrayList<>();
        // One array element at a time: the tree of a 20 MB file would be ten times its size, all of it live at once.
        try (JsonParser parser = MAPPER.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                JsonNode root = parseJson(source, text);
                throw new InvalidResultsException(source + ": not JMH output: expected a JSON array of results, found "
                        + describe(root));
            }
            // Jackson itself reports the end of input inside the array (as JsonEOFException) and bad tokens.
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                JsonNode element = ELEMENT_READER.readTree(parser);
                results.add(new Entry(source, results.size() + 1, element).toResult());
            }
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser,
                        "Trailing token (of type " + parser.currentToken() + ") found after the array of results");
            }
        } catch (JsonEOFException e) {
            throw truncated(source, e);
        } catch (JsonProcessingException e) {
            throw malformed(source, e);
        } catch (IOException e) {
            throw new InvalidResultsException(source + ": cannot read: " + e.getMessage());
        }
        if (results.isEmpty()) {
            throw new InvalidResultsException(source + ": contains no benchmark results (empty JSON array)");
        }
        return new ResultSet(source, results, Map.of());
    }

    /**
     * The {@code machine} object of the matrix launcher's {@code run.json}. It only adds to the environment shown,
     * so a missing or unreadable {@code run.json} gives an empty map rather than an error.
     */
    private static Map<String, String> machine(Path runJson) {
        Map<String, String> machine = new LinkedHashMap<>();
        try {
            if (Files.isRegularFile(runJson)) {
                JsonNode node = MAPPER.readTree(runJson.toFile()).path("machine");
                for (Map.Entry<String, JsonNode> e : Entry.iterable(node)) {
                    if (e.getValue().isValueNode()) {
                        machine.put(e.getKey(), e.getValue().asText());
                    }
                }
            }
        } catch (IOException e) {
            machine.clear();
        }
        return machine;
    }

    private static Path resolve(Path path) throws InvalidResultsException {
        if (!Files.exists(path)) {
            throw new InvalidResultsException(path + ": no such file or directory");
        }
        Path file = Files.isDirectory(path) ? path.resolve(RESULTS_FILE) : path;
        if (!Files.exists(file)) {
            throw new InvalidResultsException(path + ": directory has no " + RESULTS_FILE);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InvalidResultsException(file + ": not a readable file");
        }
        return file;
    }

    private static String decode(Path source, byte[] bytes) throws InvalidResultsException {
        for (byte b : bytes) {
            if (b == 0) {
                throw new InvalidResultsException(source + ": binary data, expected JMH JSON results");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidResultsException(source + ": binary data or not UTF-8 text, expected JMH JSON results");
        }
    }

    private static JsonNode parseJson(Path source, String text) throws InvalidResultsException {
        try {
            return MAPPER.readTree(text);
        } catch (JsonEOFException e) {
            throw truncated(source, e);
        } catch (JsonProcessingException e) {
            throw malformed(source, e);
        }
    }

    private static InvalidResultsException truncated(Path source, JsonEOFException e) {
        return new InvalidResultsException(source + ": truncated JSON: the file ends at line "
                + e.getLocation().getLineNr() + " before the JSON is complete");
    }

    private static InvalidResultsException malformed(Path source, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new InvalidResultsException(source + ": malformed JSON" + where + ": " + e.getOriginalMessage());
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** One array element of the file, with the position used in error messages. */
    private record Entry(Path source, int index, JsonNode node) {

        BenchmarkResult toResult() throws InvalidResultsException {
            if (!node.isObject()) {
                throw invalid("is " + describe(node) + ", not a JMH result object");
            }
            String benchmark = requiredText(node, "benchmark");
            String modeLabel = requiredText(node, "mode");
            Mode mode = Mode.fromLabel(modeLabel)
                    .orElseThrow(() -> invalid("has unknown mode (expected thrpt, avgt, sample or ss)"));
            JsonNode primaryNode = node.get("primaryMetric");
            if (primaryNode == null || !primaryNode.isObject()) {
                throw invalid("has no \"primaryMetric\" object");
            }
            Metric primary = metric(Metric.PRIMARY, primaryNode);
            Map<String, Metric> secondary = new LinkedHashMap<>();
            JsonNode secondaryNode = node.path("secondaryMetrics");
            if (!secondaryNode.isMissingNode() && !secondaryNode.isObject()) {
                throw invalid("has \"secondaryMetrics\" that is not an object");
            }
            for (Map.Entry<String, JsonNode> e : iterable(secondaryNode)) {
                String name = normaliseMetricName(e.getKey());
                secondary.put(name, metric(name, e.getValue()));
            }
            List<String> jvmArgs = stringList(node.path("jvmArgs"), "jvmArgs");
            String jdkVersion = optionalText(node, "jdkVersion");
            RunSettings settings = new RunSettings(optionalText(node, "jmhVersion"), optionalText(node, "jvm"),
                    jvmArgs, jdkVersion, optionalText(node, "vmName"), optionalText(node, "vmVersion"),
                    optionalInt(node, "threads"), optionalInt(node, "forks"), optionalInt(node, "warmupIterations"),
                    optionalText(node, "warmupTime"), optionalInt(node, "warmupBatchSize"),
                    optionalInt(node, "measurementIterations"), optionalText(node, "measurementTime"),
                    optionalInt(node, "measurementBatchSize"));
            return new BenchmarkResult(benchmark, mode, params(node.path("params")),
                    GcCellParser.parse(jvmArgs, jdkVersion), settings, primary, secondary);
        }

        private Metric metric(String name, JsonNode m) throws InvalidResultsException {
            String what = name.equals(Metric.PRIMARY) ? "primaryMetric" : "metric " + name;
            if (!m.isObject() || !m.has("score")) {
                throw invalid("has a " + what + " without \"score\"");
            }
            double score = number(m.get("score"), what + " score");
            double error = m.has("scoreError") ? number(m.get("scoreError"), what + " scoreError") : Double.NaN;
            String unit = optionalText(m, "scoreUnit");
            List<List<List<HistogramBin>>> histogram = histogram(m.path("rawDataHistogram"), what);
            List<List<Double>> raw = m.has("rawData") ? rawData(m.get("rawData"), what) : iterationMeans(histogram);
            return new Metric(name, unit, score, error, raw, histogram);
        }

        private List<List<Double>> rawData(JsonNode forks, String what) throws InvalidResultsException {
            List<List<Double>> result = new ArrayList<>();
            for (JsonNode fork : arrayOf(forks, what + " rawData")) {
                List<Double> values = new ArrayList<>();
                for (JsonNode v : arrayOf(fork, what + " rawData")) {
                    values.add(number(v, what + " rawData"));
                }
                result.add(values);
            }
            return result;
        }

        private List<List<List<HistogramBin>>> histogram(JsonNode forks, String what)
                throws InvalidResultsException {
            List<List<List<HistogramBin>>> result = new ArrayList<>();
            if (forks.isMissingNode()) {
                return result;
            }
            String field = what + " rawDataHistogram";
            for (JsonNode fork : arrayOf(forks, field)) {
                List<List<HistogramBin>> iterations = new ArrayList<>();
                for (JsonNode iteration : arrayOf(fork, field)) {
                    List<HistogramBin> bins = new ArrayList<>();
                    for (JsonNode bin : arrayOf(iteration, field)) {
                        if (!bin.isArray() || bin.size() != 2) {
                            throw invalid("has a " + field + " bin that is not [value, count]");
                        }
                        bins.add(new HistogramBin(number(bin.get(0), field), (long) number(bin.get(1), field)));
                    }
                    iterations.add(bins);
                }
                result.add(iterations);
            }
            return result;
        }

        /** Sample mode's per-iteration value is the mean of the iteration's samples, as JMH scores it. */
        private static List<List<Double>> iterationMeans(List<List<List<HistogramBin>>> histogram) {
            return histogram.stream().map(fork -> fork.stream().map(bins -> {
                double sum = 0;
                long count = 0;
                for (HistogramBin bin : bins) {
                    sum += bin.value() * bin.count();
                    count += bin.count();
                }
                return count == 0 ? Double.NaN : sum / count;
            }).toList()).toList();
        }

        private Map<String, String> params(JsonNode params) throws InvalidResultsException {
            Map<String, String> result = new LinkedHashMap<>();
            if (params.isMissingNode() || params.isNull()) {
                return result;
            }
            if (!params.isObject()) {
                throw invalid("has \"params\" that is not an object");
            }
            for (Map.Entry<String, JsonNode> e : iterable(params)) {
                if (!e.getValue().isValueNode()) {
                    throw invalid("has a param value that is not a string");
                }
                result.put(e.getKey(), e.getValue().asText());
            }
            return result;
        }

        private double number(JsonNode v, String what) throws InvalidResultsException {
            if (v != null && v.isNumber()) {
                return v.asDouble();
            }
            if (v != null && v.isTextual()) {
                switch (v.asText()) {
                    case "NaN":
                        return Double.NaN;
                    case "+INF", "INF", "Infinity", "+Infinity":
                        return Double.POSITIVE_INFINITY;
                    case "-INF", "-Infinity":
                        return Double.NEGATIVE_INFINITY;
                    default:
                        break;
                }
            }
            if (v != null && v.isNull()) {
                return Double.NaN;
            }
            throw invalid("has a " + what + " that is not a number");
        }

        private List<JsonNode> arrayOf(JsonNode node, String what) throws InvalidResultsException {
            if (!node.isArray()) {
                throw invalid("has a " + what + " that is not an array");
            }
            List<JsonNode> items = new ArrayList<>(node.size());
            node.forEach(items::add);
            return items;
        }

        private List<String> stringList(JsonNode node, String what) throws InvalidResultsException {
            List<String> result = new ArrayList<>();
            if (node.isMissingNode() || node.isNull()) {
                return result;
            }
            for (JsonNode item : arrayOf(node, what)) {
                result.add(item.asText());
            }
            return result;
        }

        private String requiredText(JsonNode n, String field) throws InvalidResultsException {
            JsonNode v = n.get(field);
            if (v == null || !v.isTextual() || v.asText().isEmpty()) {
                throw invalid("has no \"" + field + "\" text");
            }
            return v.asText();
        }

        private static String optionalText(JsonNode n, String field) {
            JsonNode v = n.get(field);
            return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText();
        }

        private static int optionalInt(JsonNode n, String field) {
            JsonNode v = n.get(field);
            return v != null && v.canConvertToInt() ? v.asInt() : -1;
        }

        static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
            return object::fields;
        }

        private InvalidResultsException invalid(String problem) {
            return new InvalidResultsException(source + ": result #" + index + " " + problem
                    + "; not JMH result JSON");
        }
    }

    /**
     * JMH before 1.37 prefixed profiler metrics with "·" ({@code ·gc.alloc.rate.norm}) and separated sample-mode
     * percentiles with it ({@code method·p0.99}); 1.37 writes {@code gc.alloc.rate.norm} and {@code method:p0.99}.
     */
    static String normaliseMetricName(String raw) {
        String name = raw.startsWith("\u00B7") ? raw.substring(1) : raw;
        return name.replace('\u00B7', ':');
    }
}
