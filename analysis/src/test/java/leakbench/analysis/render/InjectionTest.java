package leakbench.analysis.render;

import static leakbench.analysis.JmhJson.around;
import static leakbench.analysis.JmhJson.constant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import leakbench.analysis.JmhJson;
import leakbench.analysis.compare.CompareSettings;
import leakbench.analysis.compare.Comparer;
import leakbench.analysis.compare.Comparison;
import leakbench.analysis.read.JmhResultReader;

/**
 * A pull request controls benchmark names, params, JVM arguments, metric names and units of the candidate. None
 * of it may turn into Markdown or HTML structure in any output format.
 */
class InjectionTest {

    static final String EVIL_BENCHMARK = "leakbench.evil.X.a|b\n| injected | row |<script>alert(1)</script>";
    static final String EVIL_REMOVED = "leakbench.evil.Y.gone</details><img src=x onerror=alert(1)>";
    static final String EVIL_ADDED = "leakbench.evil.Z.new\r\n</details>\n\n# heading [click](https://evil.example)";
    static final Map<String, String> EVIL_PARAMS = evilParams();
    static final String EVIL_METRIC = "<b>m</b>|`x`";
    static final String EVIL_UNIT = "``|<i>u";
    static final String EVIL_HEAP = "512m<script>alert(2)</script>|";
    static final String EVIL_JDK = "17.0.15\n</details><script>alert(3)</script>";

    /** Tags the Markdown renderer itself writes; anything else outside a code span is injected. */
    private static final Set<String> OWN_TAGS = Set.of("<details>", "</details>", "<summary>", "</summary>", "<br>",
            "<sub>", "</sub>", "<!-- leakbench-compare -->");

    @TempDir
    Path dir;

    private Comparison comparison;

    private static Map<String, String> evilParams() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("p|x", "</details><img src=x onerror=alert(1)>");
        params.put("q", "`code` [link](https://evil.example) ![img](https://evil.example/x.png) @octocat #1 **b**");
        params.put("r", "\\|\\\\| \u202Eevil\u2028line");
        return params;
    }

    @BeforeEach
    void compareEvilRuns() throws Exception {
        JmhJson base = new JmhJson();
        base.add(EVIL_BENCHMARK, "avgt", "ns/op", around(100, 1, 5), around(100, 1, 5)).params(EVIL_PARAMS)
                .jvmArgs("-XX:+UseG1GC", "-Xmx" + EVIL_HEAP)
                .secondary(EVIL_METRIC, EVIL_UNIT, constant(1, 5), constant(1, 5));
        base.add(EVIL_REMOVED, "avgt", "ns/op", around(100, 1, 5)).params(EVIL_PARAMS);
        JmhJson candidate = new JmhJson();
        candidate.add(EVIL_BENCHMARK, "avgt", "ns/op", around(150, 1, 5), around(150, 1, 5)).params(EVIL_PARAMS)
                .jvmArgs("-XX:+UseG1GC", "-Xmx" + EVIL_HEAP).jdk(EVIL_JDK)
                .secondary(EVIL_METRIC, EVIL_UNIT, constant(2, 5), constant(2, 5));
        candidate.add(EVIL_ADDED, "avgt", "ns/op", around(100, 1, 5)).params(EVIL_PARAMS);
        JmhResultReader reader = new JmhResultReader();
        CompareSettings settings = new CompareSettings(0.05, 0.01, List.of("score", EVIL_METRIC));
        comparison = new Comparer(settings).compare(reader.read(base.write(dir.resolve("b.json"))),
                reader.read(candidate.write(dir.resolve("c.json"))));
        assertTrue(comparison.hasRegression(), "the evil benchmark regressed, so it is in every table");
        assertFalse(comparison.environment().isEmpty(), "the evil JDK is in the environment table");
    }

    @Test
    void markdownTablesKeepTheirShapeAndNoMarkupEscapesCodeSpans() {
        String md = new MarkdownRenderer().render(comparison);

        List<String> lines = md.lines().toList();
        assertEquals(MarkdownRenderer.MARKER, lines.get(0));
        assertTableShapes(lines);
        int opened = 0;
        int closed = 0;
        for (String line : lines) {
            String outside = outsideCodeSpans(line);
            Matcher tag = Pattern.compile("<[^>]*>").matcher(outside);
            while (tag.find()) {
                assertTrue(OWN_TAGS.contains(tag.group()), "injected tag " + tag.group() + " in: " + line);
                opened += tag.group().equals("<details>") ? 1 : 0;
                closed += tag.group().equals("</details>") ? 1 : 0;
            }
            for (String bad : List.of("](", "@octocat", "#1", "**", "`", "<script", "<img", "onerror", "\u202E",
                    "\u2028", "injected")) {
                assertFalse(outside.contains(bad), "'" + bad + "' outside a code span in: " + line);
            }
            if (outside.contains("</details>")) {
                assertEquals("</details>", line, "only the renderer's own </details> lines close a block");
            }
        }
        assertEquals(opened, closed);
        assertTrue(md.contains("`evil.X.a\\|b\\n\\| injected \\| row \\|<script>alert(1)</script>"),
                "the name itself is shown, literally");
    }

    @Test
    void textOutputHasNoControlCharactersAndNoInjectedLines() {
        String text = new TextRenderer().render(comparison);

        assertFalse(text.chars().anyMatch(c -> c != '\n' && (Character.isISOControl(c) || c == 0x202E || c == 0x2028)));
        assertFalse(text.lines().anyMatch(l -> l.startsWith("| injected") || l.startsWith("</details>")
                || l.startsWith("# heading")));
    }

    @Test
    void jsonKeepsNamesExactlyAndIsSafeToEmbedInHtml() throws Exception {
        String json = new JsonRenderer().render(comparison);

        assertFalse(json.contains("<") || json.contains(">") || json.contains("&") || json.contains("'"), json);
        assertFalse(json.contains("\u2028"));
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals(EVIL_BENCHMARK, root.path("results").get(0).path("benchmark").asText());
        assertEquals(EVIL_PARAMS.get("q"), root.path("results").get(0).path("params").path("q").asText());
        assertEquals(EVIL_ADDED, root.path("added").get(0).path("benchmark").asText());
    }

    /** Every table row has as many cells as its header, counting pipes as GitHub's table parser does. */
    private static void assertTableShapes(List<String> lines) {
        int columns = -1;
        for (String line : lines) {
            if (!line.startsWith("|")) {
                columns = -1;
                continue;
            }
            int cells = cellCount(line);
            if (columns < 0) {
                columns = cells;
            }
            assertEquals(columns, cells, "table row with a different cell count: " + line);
        }
    }

    /** cmark-gfm: a backslash escapes the next character; unescaped pipes delimit cells. */
    private static int cellCount(String row) {
        int pipes = 0;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                pipes++;
            }
        }
        return pipes - 1;
    }

    /**
     * The line with code spans removed (CommonMark: a run of n backticks opens a span that the next run of exactly
     * n backticks closes), after GitHub's table step has turned "\|" into "|".
     */
    private static String outsideCodeSpans(String line) {
        String text = line.replace("\\|", "|");
        StringBuilder outside = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != '`') {
                outside.append(text.charAt(i++));
                continue;
            }
            int run = runLength(text, i);
            int close = findRun(text, i + run, run);
            if (close < 0) {
                outside.append(text, i, i + run);
                i += run;
            } else {
                i = close + run;
            }
        }
        return outside.toString();
    }

    private static int runLength(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) == '`') {
            end++;
        }
        return end - from;
    }

    private static int findRun(String text, int from, int length) {
        List<Integer> starts = new ArrayList<>();
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == '`') {
                int run = runLength(text, i);
                if (run == length) {
                    starts.add(i);
                    break;
                }
                i += run;
            } else {
                i++;
            }
        }
        return starts.isEmpty() ? -1 : starts.get(0);
    }
}
