package leakbench.analysis.render;

/**
 * Escaping of untrusted text (benchmark names, params, units, JVM arguments: a pull request writes them).
 *
 * <p>Markdown: untrusted text always goes into a code span. Inside a code span nothing is Markdown or HTML
 * (no emphasis, links, images, raw HTML such as {@code <script>} or {@code </details>}), and GitHub applies no
 * @mention or #issue autolinking. What remains is handled here: line breaks and other control or invisible
 * format characters (bidi overrides) become visible escapes, table-breaking pipes are escaped (GitHub splits
 * table cells before it parses code spans), and the backtick fence is longer than any backtick run in the text.
 */
public final class Escape {

    /** Longer names are cut: a pull request must not be able to blow up a comment's size. */
    static final int MAX_CODE_POINTS = 200;

    /** Characters that can open inline Markdown (emphasis, code, links, images, strike-through) or close a heading. */
    private static final String MARKDOWN_PUNCTUATION = "\\`*_[]!~#";
    /** Characters that start a list item, block quote or setext underline at the start of a line. */
    private static final String LEADING_MARKERS = "-+=";

    private Escape() {
    }

    /**
     * One line of plain text: control characters (line breaks, tabs, ANSI escape sequences) and invisible format
     * characters (bidi overrides, zero-width spaces) become visible escapes such as {@code \n} or {@code \u202E}.
     */
    public static String plain(String untrusted) {
        StringBuilder b = new StringBuilder(untrusted.length());
        untrusted.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (isInvisible(c)) {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }

    /** {@link #plain} cut to {@value #MAX_CODE_POINTS} code points. */
    public static String plainShort(String untrusted) {
        String line = plain(untrusted);
        if (line.codePointCount(0, line.length()) <= MAX_CODE_POINTS) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, MAX_CODE_POINTS)) + "...";
    }

    /** A Markdown code span holding {@code untrusted} literally, safe in a GitHub table cell; empty for "". */
    public static String markdownCode(String untrusted) {
        String text = escapePipes(plainShort(untrusted));
        if (text.isEmpty()) {
            return "";
        }
        String fence = "`".repeat(longestBacktickRun(text) + 1);
        boolean pad = text.startsWith("`") || text.endsWith("`") || text.startsWith(" ") || text.endsWith(" ");
        String space = pad ? " " : "";
        return fence + space + text + space + fence;
    }

    /** Text for HTML element content or a quoted attribute value. */
    public static String html(String untrusted) {
        StringBuilder b = new StringBuilder();
        plain(untrusted).codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /**
     * Text for HTML inside a Markdown file (a {@code <summary>}): {@link #html} plus entities for Markdown punctuation
     * and a broken {@code ://}, so that no renderer that does parse Markdown there finds code, emphasis or a link.
     */
    public static String htmlInMarkdown(String untrusted) {
        StringBuilder b = new StringBuilder();
        html(untrusted).codePoints().forEach(c -> {
            if (c < 128 && MARKDOWN_PUNCTUATION.indexOf(c) >= 0) {
                b.append("&#").append(c).append(';');
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString().replace("://", "&#58;//").replace("www.", "www&#46;");
    }

    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }

    /**
     * GitHub's table parser treats "\|" as a pipe inside the cell and "\\" as an escaped backslash, so a run of k
     * backslashes before a pipe is doubled and the pipe escaped: 2k + 1 backslashes leave the pipe escaped.
     */
    private static String escapePipes(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int backslashes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                backslashes++;
                continue;
            }
            b.append("\\".repeat(c == '|' ? 2 * backslashes + 1 : backslashes)).append(c);
            backslashes = 0;
        }
        return b.append("\\".repeat(backslashes)).toString();
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /**
     * Text for a Markdown paragraph, list item or GitHub table cell: HTML-significant characters become entities (no
     * raw HTML survives), {@code |} cannot split a cell, inline Markdown punctuation is backslash-escaped so it cannot
     * open emphasis, code, links or images, a leading list or heading marker is escaped, and bare URLs are broken so
     * they are not turned into links.
     */
    public static String markdown(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            if (c == '&') {
                b.append("&amp;");
            } else if (c == '<') {
                b.append("&lt;");
            } else if (c == '>') {
                b.append("&gt;");
            } else if (c == '|') {
                b.append("\\|");
            } else if (Character.isISOControl(c)) {
                b.append(' ');
            } else {
                if (c < 128 && MARKDOWN_PUNCTUATION.indexOf(c) >= 0
                        || b.length() == 0 && LEADING_MARKERS.indexOf(c) >= 0) {
                    b.append('\\');
                }
                b.appendCodePoint(c);
            }
        });
        return b.toString().replace("://", ":\\/\\/").replace("www.", "www\\.");
    }
}
