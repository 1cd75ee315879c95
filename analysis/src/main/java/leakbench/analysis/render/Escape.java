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
}
