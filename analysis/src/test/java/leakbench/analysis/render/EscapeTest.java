package leakbench.analysis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EscapeTest {

    @Test
    void plainTextStaysOnOneLineAndShowsInvisibleCharacters() {
        assertEquals("a\\nb\\rc\\td\\u001B[31m\\u202Ee", Escape.plain("a\nb\rc\td\u001b[31m\u202ee"));
    }

    @Test
    void codeSpansUseALongerFenceThanAnyBacktickRun() {
        assertEquals("`x`", Escape.markdownCode("x"));
        assertEquals("``a`b``", Escape.markdownCode("a`b"));
        assertEquals("``` ``a ```", Escape.markdownCode("``a"));
        assertEquals("", Escape.markdownCode(""));
    }

    @Test
    void pipesAreEscapedForGitHubTablesIncludingAfterBackslashes() {
        assertEquals("`a\\|b`", Escape.markdownCode("a|b"));
        // a backslash before the pipe is doubled, leaving an odd run of three: the pipe stays escaped
        assertEquals("`a\\\\\\|b`", Escape.markdownCode("a\\|b"));
        assertEquals("`C:\\dir`", Escape.markdownCode("C:\\dir"));
    }

    @Test
    void longTextIsCut() {
        String code = Escape.markdownCode("x".repeat(10_000));
        assertTrue(code.length() < 300, code);
        assertTrue(code.endsWith("...`"));
    }

    @Test
    void htmlEscapesMarkupCharacters() {
        String html = Escape.html("<img src=x onerror=\"alert('1')\">&");
        assertEquals("&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;", html);
        assertFalse(html.contains("<"));
    }

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

    @Test
    void plainNamesStayReadable() {
        assertEquals("leakbench.caches.GrowingCacheBenchmark.leakyMap",
                Escape.markdown("leakbench.caches.GrowingCacheBenchmark.leakyMap"));
        assertEquals("G1 \\-Xmx512m JDK 17".replace("\\-", "-"), Escape.markdown("G1 -Xmx512m JDK 17"));
        assertEquals("a &amp; b", Escape.html("a & b"));
    }
}
