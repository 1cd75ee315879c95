package leakbench.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes small JMH-shaped result files for unit tests of the statistics and renderers (the honesty fixtures are
 * real runs, not these).
 */
public final class JmhJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final List<ObjectNode> results = new ArrayList<>();

    /** A result with JDK 17.0.15, G1 and -Xmx512m unless changed with {@link Result#jvmArgs}. */
    public Result add(String benchmark, String mode, String unit, double[]... primaryForks) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("jmhVersion", "1.37").put("benchmark", benchmark).put("mode", mode).put("threads", 1)
                .put("forks", primaryForks.length).put("jdkVersion", "17.0.15").put("vmName", "OpenJDK 64-Bit Server VM")
                .put("vmVersion", "17.0.15+6").put("warmupIterations", 1).put("warmupTime", "1 s")
                .put("measurementIterations", primaryForks.length == 0 ? 0 : primaryForks[0].length)
                .put("measurementTime", "1 s");
        node.putArray("jvmArgs").add("-XX:+UseG1GC").add("-Xmx512m");
        node.set("primaryMetric", metric(unit, primaryForks));
        node.putObject("secondaryMetrics");
        results.add(node);
        return new Result(node);
    }

    public Path write(Path file) {
        ArrayNode array = MAPPER.createArrayNode();
        results.forEach(array::add);
        try {
            Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static ObjectNode metric(String unit, double[]... forks) {
        ObjectNode m = MAPPER.createObjectNode();
        double[] all = Arrays.stream(forks).flatMapToDouble(Arrays::stream).toArray();
        m.put("score", Arrays.stream(all).average().orElse(Double.NaN)).put("scoreError", "NaN")
                .put("scoreUnit", unit);
        ArrayNode raw = m.putArray("rawData");
        for (double[] fork : forks) {
            ArrayNode f = raw.addArray();
            Arrays.stream(fork).forEach(f::add);
        }
        return m;
    }

    /** Values around {@code centre}: a fixed, symmetric spread of +-{@code spread}, {@code n} of them. */
    public static double[] around(double centre, double spread, int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = centre + spread * (n == 1 ? 0 : (2.0 * i / (n - 1) - 1));
        }
        return values;
    }

    public static double[] constant(double value, int n) {
        double[] values = new double[n];
        Arrays.fill(values, value);
        return values;
    }

    /** Fluent changes to one result. */
    public static final class Result {
        private final ObjectNode node;

        Result(ObjectNode node) {
            this.node = node;
        }

        public Result params(Map<String, String> params) {
            ObjectNode p = node.putObject("params");
            params.forEach(p::put);
            return this;
        }

        public Result jvmArgs(String... args) {
            ArrayNode a = node.putArray("jvmArgs");
            Arrays.stream(args).forEach(a::add);
            return this;
        }

        public Result jdk(String version) {
            node.put("jdkVersion", version);
            return this;
        }

        public Result secondary(String name, String unit, double[]... forks) {
            ((ObjectNode) node.get("secondaryMetrics")).set(name, metric(unit, forks));
            return this;
        }
    }
}
