package leakbench.analysis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
}
