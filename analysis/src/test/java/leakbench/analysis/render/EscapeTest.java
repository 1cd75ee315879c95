package leakbench.analysis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EscapeTest {

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</details>",
        "a|b", "line\nbreak", "`code`", "[link](http://evil.example)", "![img](x.png)", "**bold**", "- item",
        "# heading", "www.evil.example", "&lt;already&gt;"})
    void noMarkupSurvivesInMarkdown(String hostile) {
        String md = Escape.markdown(hostile);
        assertFalse(md.contains("<") || md.contains(">"), md);
        assertFalse(md.contains("\n"), md);
        assertFalse(md.matches(".*(?<!\\\\)[|`\\[\\]*].*"), "unescaped Markdown punctuation: " + md);
        assertFalse(md.contains("://") || md.contains("www."), md);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\" onmouseover=\"x",
        "' onfocus='x", "a\r\nb"})
    void noMarkupSurvivesInHtml(String hostile) {
        String html = Escape.html(hostile);
        assertFalse(html.contains("<") || html.contains(">") || html.contains("\"") || html.contains("'"), html);
        assertFalse(html.contains("\n") || html.contains("\r"), html);
    }

    @org.junit.jupiter.api.Test
    void plainNamesStayReadable() {
        assertEquals("leakbench.caches.GrowingCacheBenchmark.leakyMap",
                Escape.markdown("leakbench.caches.GrowingCacheBenchmark.leakyMap"));
        assertEquals("G1 \\-Xmx512m JDK 17".replace("\\-", "-"), Escape.markdown("G1 -Xmx512m JDK 17"));
        assertEquals("a &amp; b", Escape.html("a & b"));
    }
}
