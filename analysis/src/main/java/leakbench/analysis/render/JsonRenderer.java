package leakbench.analysis.render;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import leakbench.analysis.compare.Comparison;
import leakbench.analysis.compare.EnvironmentDifference;
import leakbench.analysis.compare.FamilySummary;
import leakbench.analysis.compare.MetricComparison;
import leakbench.analysis.compare.ResultComparison;
import leakbench.analysis.model.ResultKey;

/**
 * The comparison as JSON, for tools. Untrusted strings are complete (not cut); {@code <}, {@code >}, {@code &},
 * {@code '} and the JavaScript line separators are written as {@code \\uXXXX} so the JSON is safe to embed in an
 * HTML page. Undefined numbers are the string {@code "NaN"}, as in JMH's own JSON.
 */
public final class JsonRenderer {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String render(Comparison c) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("base", c.base()).put("candidate", c.candidate());
        root.putObject("settings").put("threshold", c.settings().threshold()).put("alpha", c.settings().alpha())
                .set("metrics", strings(c.settings().metrics()));
        ObjectNode summary = root.putObject("summary");
        for (var v : leakbench.analysis.compare.Verdict.values()) {
            summary.put(v.words(), c.count(v));
        }
        summary.put("added", c.added().size()).put("removed", c.removed().size())
                .put("regression", c.hasRegression());
        ArrayNode environment = root.putArray("environmentDifferences");
        for (EnvironmentDifference d : c.environment()) {
            environment.addObject().put("aspect", d.aspect()).<ObjectNode>set("base", strings(d.base()))
                    .set("candidate", strings(d.candidate()));
        }
        ArrayNode results = root.putArray("results");
        for (ResultComparison r : c.results()) {
            ObjectNode result = key(results.addObject(), r.key()).put("family", r.family());
            ArrayNode metrics = result.putArray("metrics");
            r.metrics().forEach(m -> metric(metrics.addObject(), m));
        }
        ArrayNode families = root.putArray("families");
        for (FamilySummary f : c.families()) {
            families.addObject().put("family", f.family()).put("metric", f.metric())
                    .put("direction", f.direction().name()).put("results", f.results())
                    .put("geometricMeanRatio", f.geometricMean());
        }
        c.added().forEach(k -> key(root.withArray("added").addObject(), k));
        c.removed().forEach(k -> key(root.withArray("removed").addObject(), k));
        try {
            return MAPPER.writer().with(new HtmlSafeEscapes()).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ObjectNode key(ObjectNode node, ResultKey k) {
        node.put("benchmark", k.benchmark()).put("mode", k.mode().label());
        ObjectNode params = node.putObject("params");
        k.params().forEach(params::put);
        node.putObject("gcCell").put("collector", k.collector()).put("maxHeap", k.maxHeap())
                .put("initialHeap", k.initialHeap()).put("youngSize", k.youngSize()).put("jdk", k.jdkFeature());
        return node;
    }

    private static void metric(ObjectNode node, MetricComparison m) {
        node.put("metric", m.metric()).put("unit", m.unit()).put("direction", m.direction().name())
                .put("verdict", m.verdict().words())
                .put("baseForks", m.baseCount()).put("candidateForks", m.candidateCount()).put("pairs", m.pairs())
                .put("baseMedian", m.baseMedian()).put("candidateMedian", m.candidateMedian())
                .put("ratio", m.ratio()).put("ratioCi95Low", m.ciLow()).put("ratioCi95High", m.ciHigh())
                .put("pValue", m.pValue()).put("pHolm", m.pAdjusted()).put("samplesSeparated", m.separated());
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    /** Escapes the characters that matter when JSON lands inside HTML or JavaScript. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                escapes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
