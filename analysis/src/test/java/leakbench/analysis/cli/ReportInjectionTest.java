package leakbench.analysis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Names and params from a result file are untrusted: none of their markup reaches the reports, charts included. */
class ReportInjectionTest {

    private static final String HOSTILE = "<script>alert(1)</script>|</details><img src=x onerror=alert(2)>"
            + "\n# heading `code` [link](http://evil.example) ![i](x)";

    @TempDir
    Path dir;

    @Test
    void hostileBenchmarkNamesAndParamsAreEscapedEverywhere() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode results = mapper.createArrayNode();
        for (String method : new String[] {"leaky" + HOSTILE, "fixed" + HOSTILE}) {
            ObjectNode r = results.addObject();
            r.put("jmhVersion", "1.37");
            r.put("benchmark", "leakbench.evil.X" + HOSTILE + "Benchmark." + method);
            r.put("mode", "ss");
            r.put("jdkVersion", "17.0.15");
            r.putArray("jvmArgs").add("-XX:+UseG1GC").add("-Xmx512m").add("-Dx=" + HOSTILE);
            r.put("measurementBatchSize", 100);
            r.put("measurementTime", "single-shot");
            r.putObject("params").put("p" + HOSTILE, HOSTILE);
            metric(r.putObject("primaryMetric"), "s/op", 0.1, 0.1, 0.1, 0.1);
            ObjectNode secondary = r.putObject("secondaryMetrics");
            metric(secondary.putObject("heap.retained"), "B", 1e7, 1.1e7, 1.2e7, 1.3e7);
            metric(secondary.putObject("gc.pause.count"), "#", 1, 2, 1, 2);
            metric(secondary.putObject("gc.pause.total"), "ms", 1, 2, 1, 2);
            metric(secondary.putObject("gc.alloc.rate.norm"), "B/op", 1e4, 1e4, 1e4, 1e4);
        }
        Files.writeString(dir.resolve("results.json"), mapper.writeValueAsString(results));

        StringWriter err = new StringWriter();
        assertEquals(0, AnalysisCli.run(new String[] {"report", dir.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err)), err.toString());

        String md = Files.readString(dir.resolve("report.md"));
        String html = Files.readString(dir.resolve("report.html"));
        for (String raw : new String[] {"<script", "<img", "`code`", "\n# heading", "http://"}) {
            assertFalse(md.contains(raw), "raw " + raw + " in report.md");
        }
        assertFalse(md.matches("(?s).*(?<!\\\\)\\]\\(.*"), "an unescaped ]( would make a link");
        assertFalse(html.contains("<script") || html.contains("<img"), "raw markup in report.html");
        // The reports' own collapsed sections are the only <details>: a name cannot open or close one.
        for (String text : new String[] {md, html}) {
            assertEquals(count(text, "<details>"), count(text, "</details>"), "balanced <details>");
            assertEquals(count(text, "</details"), count(text, "</details>\n"), "each </details> ends its line");
            assertTrue(count(text, "<details>") > 0, "the details are collapsed");
        }
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the name is shown, escaped");
        assertTrue(html.contains("<svg"), "charts were drawn (their text is escaped by JFreeSVG)");
        for (String line : md.split("\n")) {
            if (line.startsWith("|")) {
                assertTrue(line.endsWith("|"), "a table row stays one line: " + line);
            }
        }
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static void metric(ObjectNode m, String unit, double... values) {
        m.put("score", values[0]);
        m.put("scoreUnit", unit);
        ArrayNode fork = m.putArray("rawData").addArray();
        for (double v : values) {
            fork.add(v);
        }
    }
}
