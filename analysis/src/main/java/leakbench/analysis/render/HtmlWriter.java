package leakbench.analysis.render;

import java.util.List;

/** Writes report blocks as one self-contained HTML file: inline CSS and inline SVG charts, nothing fetched. */
public final class HtmlWriter {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2em auto;max-width:1200px;\
            padding:0 1em;color:#222}
            h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.6em}
            table{border-collapse:collapse;margin:.6em 0 1.2em;font-size:.9em}
            th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
            th{background:#f3f3f3}tr.flag td{background:#fff0d0}
            .chart{display:inline-block;margin:.5em .5em 1.5em 0;vertical-align:top}.chart svg{max-width:100%;height:auto}
            """;

    private HtmlWriter() {
    }

    static String write(String title, List<Block> blocks) {
        StringBuilder out = new StringBuilder(1 << 16);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(Escape.html(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        int chartNumber = 0;
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) {
                out.append("<h").append(h.level()).append('>').append(Escape.html(h.text()))
                        .append("</h").append(h.level()).append(">\n");
            } else if (block instanceof Block.Paragraph p) {
                out.append("<p>").append(Escape.html(p.text())).append("</p>\n");
            } else if (block instanceof Block.Bullets b) {
                out.append("<ul>\n");
                b.items().forEach(item -> out.append("<li>").append(Escape.html(item)).append("</li>\n"));
                out.append("</ul>\n");
            } else if (block instanceof Block.Table t) {
                table(out, t);
            } else if (block instanceof Block.Chart c) {
                chartNumber++;
                out.append("<div class=\"chart\">")
                        .append(Charts.svg(c.chart(), c.width(), c.height(), "c" + chartNumber + "_"))
                        .append("</div>\n");
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder out, Block.Table t) {
        out.append("<table>\n<thead><tr>");
        t.header().forEach(h -> out.append("<th>").append(Escape.html(h)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < t.rows().size(); i++) {
            out.append(t.flagged().contains(i) ? "<tr class=\"flag\">" : "<tr>");
            t.rows().get(i).forEach(cell -> out.append("<td>").append(Escape.html(cell)).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }
}
