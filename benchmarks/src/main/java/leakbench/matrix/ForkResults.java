package leakbench.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.util.ListStatistics;

/**
 * The finished pairs of an interleaved comparison as two JMH result arrays, one per side. Each single-fork run
 * gives one JMH entry per benchmark, mode and parameter set; the entries of one such identity are joined into one
 * entry whose {@code rawData} holds the forks in run order, so fork k of the base and fork k of the candidate are
 * always pair k: only a pair whose two forks both produced the entry is added, both forks at once.
 *
 * <p>A joined entry's {@code score}, {@code scoreError} (99.9% half-width), {@code scoreConfidence} and
 * {@code scorePercentiles} are recomputed over all iterations of its forks, as JMH does for averaged metrics. A
 * secondary metric missing from a fork (JMH leaves out {@code gc.alloc.rate.norm} when nothing was allocated) gets
 * {@code "NaN"} iterations there, JMH's own spelling of a missing value, so fork positions stay aligned.
 */
final class ForkResults {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final double[] PERCENTILES = {0, 50, 90, 95, 99, 99.9, 99.99, 99.999, 99.9999, 100};

    private final Map<String, List<JsonNode>> base = new LinkedHashMap<>();
    private final Map<String, List<JsonNode>> candidate = new LinkedHashMap<>();

    /** Adds one finished pair; returns the number of identities it held on both sides. */
    synchronized int addPair(List<JsonNode> baseEntries, List<JsonNode> candidateEntries) {
        Map<String, JsonNode> baseByKey = byKey(baseEntries);
        Map<String, JsonNode> candidateByKey = byKey(candidateEntries);
        int added = 0;
        for (Map.Entry<String, JsonNode> e : baseByKey.entrySet()) {
            JsonNode other = candidateByKey.get(e.getKey());
            if (other != null) {
                base.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
                candidate.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(other);
                added++;
            }
        }
        return added;
    }

    synchronized List<JsonNode> joined(Step.Side side) {
        return (side == Step.Side.BASE ? base : candidate).values().stream().map(ForkResults::join).toList();
    }

    private static Map<String, JsonNode> byKey(List<JsonNode> entries) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (JsonNode entry : entries) {
            byKey.putIfAbsent(entry.path("benchmark").asText() + " " + entry.path("mode").asText() + " "
                    + entry.path("params"), entry);
        }
        return byKey;
    }

    /** One JMH entry holding every fork of {@code forks} (entries of one identity), in order. */
    static JsonNode join(List<JsonNode> forks) {
        ObjectNode joined = forks.get(0).deepCopy();
        List<Integer> iterations = new ArrayList<>();
        int forkCount = 0;
        for (JsonNode fork : forks) {
            JsonNode raw = fork.path("primaryMetric").path("rawData");
            JsonNode histogram = fork.path("primaryMetric").path("rawDataHistogram");
            JsonNode perFork = raw.isArray() ? raw : histogram;
            perFork.forEach(f -> iterations.add(f.size()));
            forkCount += Math.max(1, perFork.size());
        }
        joined.put("forks", forkCount);
        joined.set("primaryMetric", joinMetric(forks.stream().map(f -> f.path("primaryMetric")).toList(), iterations, forks));
        Set<String> names = new LinkedHashSet<>();
        forks.forEach(f -> f.path("secondaryMetrics").fieldNames().forEachRemaining(names::add));
        ObjectNode secondary = NODES.objectNode();
        for (String name : names) {
            secondary.set(name, joinMetric(forks.stream().map(f -> f.path("secondaryMetrics").path(name)).toList(), iterations, forks));
        }
        joined.set("secondaryMetrics", secondary);
        return joined;
    }

    private static ObjectNode joinMetric(List<JsonNode> metrics, List<Integer> iterations, List<JsonNode> forks) {
        ObjectNode joined = metrics.stream().filter(JsonNode::isObject).findFirst().orElseThrow().deepCopy();
        boolean histogram = joined.has("rawDataHistogram") && !joined.has("rawData");
        ArrayNode data = NODES.arrayNode();
        int forkIndex = 0;
        for (int i = 0; i < metrics.size(); i++) {
            JsonNode metric = metrics.get(i);
            int forksHere = Math.max(1, forks.get(i).path("primaryMetric").path(histogram ? "rawDataHistogram" : "rawData").size());
            JsonNode own = metric.path(histogram ? "rawDataHistogram" : "rawData");
            for (int f = 0; f < forksHere; f++, forkIndex++) {
                if (own.isArray() && f < own.size()) {
                    data.add(own.get(f));
                } else {
                    ArrayNode missing = NODES.arrayNode();
                    int n = forkIndex < iterations.size() ? iterations.get(forkIndex) : 1;
                    for (int k = 0; k < n; k++) {
                        if (histogram) {
                            missing.add(NODES.arrayNode());
                        } else {
                            missing.add("NaN");
                        }
                    }
                    data.add(missing);
                }
            }
        }
        joined.set(histogram ? "rawDataHistogram" : "rawData", data);
        ListStatistics stats = new ListStatistics();
        if (histogram) {
            // Each bin is [value, count]; the mean is all that can be recomputed without expanding the samples.
            double sum = 0;
            long count = 0;
            for (JsonNode fork : data) {
                for (JsonNode iteration : fork) {
                    for (JsonNode bin : iteration) {
                        sum += bin.get(0).asDouble() * bin.get(1).asLong();
                        count += bin.get(1).asLong();
                    }
                }
            }
            joined.set("score", number(count == 0 ? Double.NaN : sum / count));
            joined.put("scoreError", "NaN");
            return joined;
        }
        data.forEach(fork -> fork.forEach(v -> {
            if (v.isNumber() && Double.isFinite(v.asDouble())) {
                stats.addValue(v.asDouble());
            }
        }));
        joined.set("score", number(stats.getN() == 0 ? Double.NaN : stats.getMean()));
        joined.set("scoreError", number(stats.getN() > 2 ? stats.getMeanErrorAt(0.999) : Double.NaN));
        ArrayNode confidence = NODES.arrayNode();
        double[] interval = stats.getN() > 2 ? stats.getConfidenceIntervalAt(0.999) : new double[] {Double.NaN, Double.NaN};
        confidence.add(number(interval[0]));
        confidence.add(number(interval[1]));
        joined.set("scoreConfidence", confidence);
        ObjectNode percentiles = NODES.objectNode();
        for (double p : PERCENTILES) {
            percentiles.set(Double.toString(p), number(stats.getN() == 0 ? Double.NaN : stats.getPercentile(p)));
        }
        joined.set("scorePercentiles", percentiles);
        return joined;
    }

    /** JMH writes non-finite numbers as strings. */
    private static JsonNode number(double value) {
        if (Double.isNaN(value)) {
            return NODES.textNode("NaN");
        }
        if (Double.isInfinite(value)) {
            return NODES.textNode(value > 0 ? "+INF" : "-INF");
        }
        return NODES.numberNode(value);
    }
}
