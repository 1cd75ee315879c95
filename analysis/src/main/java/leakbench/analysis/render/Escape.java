package leakbench.analysis.render;

/**
 * Escaping of untrusted text (benchmark names, params, JVM arguments, paths all come from result files that a
 * pull-request author can write). Line breaks and other control characters become spaces everywhere, so no value
 * can start a new Markdown block or table row.
 */
public final class Escape {

    /** Characters that can open inline Markdown (emphasis, code, links, images, strike-through) or close a heading. */
    private static final String MARKDOWN_PUNCTUATION = "\\`*_[]!~#";
    /** Characters that start a list item, block quote or setext underline at the start of a line. */
    private static final String LEADING_MARKERS = "-+=";

    private Escape() {
    }

    /** Text for HTML element content and double-quoted attribute values. */
    public static String html(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c);
            }
        });
        return b.toString();
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
