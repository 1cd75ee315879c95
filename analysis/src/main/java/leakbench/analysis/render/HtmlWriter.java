package leakbench.analysis.render;

import java.util.List;

/** Writes report blocks as one self-contained HTML file: inline CSS and inline SVG charts, nothing fetched. */
public final class HtmlWriter {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2em auto;max-width:1400px;\
            padding:0 1em;color:#222}
            h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.6em}
            p,li{overflow-wrap:anywhere}
            table{border-collapse:collapse;margin:.6em 0 1.2em;font-size:.85em}
            th,td{border:1px solid #ccc;padding:.2em .4em;text-align:left;vertical-align:top}
            td{white-space:nowrap}td.wrap{white-space:normal;min-width:16em}
            th{background:#f3f3f3}tr.flag td{background:#fff0d0}tr.group td{border-top:2px solid #888}
            .scroll{overflow-x:auto;max-width:100%}
            .scroll td:first-child{position:sticky;left:0;background:#fff}.scroll tr.flag td:first-child{background:#fff0d0}
            .chart{display:inline-block;margin:.5em .5em 1.5em 0;vertical-align:top;max-width:100%}
            .chart svg{max-width:100%;height:auto}
            .chart.wide{display:block;overflow-x:auto}.chart.wide svg{min-width:640px}
            .panels{display:flex;flex-wrap:wrap;gap:.5em}.panels .chart{margin:0}
            .b{display:inline-block;padding:.05em .5em;border-radius:.7em;font-weight:600;font-size:.85em;\
            white-space:nowrap;color:#fff;background:#777}
            .b-leak{background:#c62828}.b-bounded{background:#2e7d32}.b-inconclusive{background:#757575}
            .b-mixed{background:#e65100}.b-none{background:none;color:#222;font-weight:normal}
            .b-flag{outline:2px solid #222;outline-offset:1px}
            details{margin:.4em 0}summary{cursor:pointer;font-weight:600;padding:.2em 0}
            details[open]>summary{margin-bottom:.4em}details>*:not(summary){margin-left:1em}
            @media (max-width:600px){body{margin:.5em auto;padding:0 .5em}table{font-size:.72em}}
            """;


    /** Cells longer than this may wrap; shorter ones (figures, names) stay on one line. */
    private static final int WRAP_AFTER = 48;

    private static final int WIDE_CHART = 900;

    private HtmlWriter() {
    }

    static String write(String title, List<Block> blocks) {
        StringBuilder out = new StringBuilder(1 << 16);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(Escape.html(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        blocks(out, blocks, svgs(blocks));
        return out.append("</body>\n</html>\n").toString();
    }

    /** Every chart drawn beforehand, in document order and in parallel: drawing is most of an HTML report's time. */
    private static java.util.Iterator<String> svgs(List<Block> blocks) {
        List<Block.Chart> charts = new java.util.ArrayList<>();
        collectCharts(blocks, charts);
        List<String> drawn = java.util.stream.IntStream.range(0, charts.size()).parallel()
                .mapToObj(i -> Charts.svg(charts.get(i).chart(), charts.get(i).width(), charts.get(i).height(),
                        "c" + (i + 1) + "_"))
                .toList();
        return drawn.iterator();
    }

    private static void collectCharts(List<Block> blocks, List<Block.Chart> charts) {
        for (Block block : blocks) {
            if (block instanceof Block.Chart c) {
                charts.add(c);
            } else if (block instanceof Block.Panels p) {
                charts.addAll(p.charts());
            } else if (block instanceof Block.Details d) {
                collectCharts(d.body(), charts);
            }
        }
    }

    /** {@code svgs}: the charts' SVG, in document order (each with its own id prefix, unique in the page). */
    private static void blocks(StringBuilder out, List<Block> blocks, java.util.Iterator<String> svgs) {
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
                chart(out, c, svgs.next());
            } else if (block instanceof Block.Panels p) {
                out.append("<div class=\"panels\">\n");
                p.charts().forEach(c -> chart(out, c, svgs.next()));
                out.append("</div>\n");
            } else if (block instanceof Block.Details d) {
                out.append("<details>\n<summary>").append(Escape.html(d.summary())).append("</summary>\n");
                blocks(out, d.body(), svgs);
                out.append("</details>\n");
            }
        }
    }

    /** A wide chart (the overview) shrinks only so far, then scrolls: its labels must stay readable. */
    private static void chart(StringBuilder out, Block.Chart c, String svg) {
        out.append(c.width() > WIDE_CHART ? "<div class=\"chart wide\">" : "<div class=\"chart\">").append(svg)
                .append("</div>\n");
    }

    private static void table(StringBuilder out, Block.Table t) {
        out.append("<div class=\"scroll\"><table>\n");
        if (t.header().stream().anyMatch(h -> !h.isEmpty())) {
            out.append("<thead><tr>");
            t.header().forEach(h -> out.append("<th>").append(Escape.html(h)).append("</th>"));
            out.append("</tr></thead>\n");
        }
        out.append("<tbody>\n");
        for (int i = 0; i < t.rows().size(); i++) {
            String classes = (t.flagged().contains(i) ? " flag" : "") + (t.groupStarts().contains(i) && i > 0 ? " group" : "");
            out.append(classes.isEmpty() ? "<tr>" : "<tr class=\"" + classes.strip() + "\">");
            List<String> row = t.rows().get(i);
            for (int c = 0; c < row.size(); c++) {
                // Figures stay on one line; only long text (notes, reasons) wraps.
                out.append(row.get(c).length() > WRAP_AFTER ? "<td class=\"wrap\">" : "<td>");
                if (t.badgeColumns().contains(c) && !row.get(c).isEmpty()) {
                    badge(out, row.get(c));
                } else {
                    out.append(Escape.html(row.get(c)));
                }
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
    }

    private static void badge(StringBuilder out, String text) {
        out.append("<span class=\"b b-").append(Badge.cssClass(text)).append(Badge.isFlagged(text) ? " b-flag" : "")
                .append("\"").append(Badge.isFlagged(text) ? " title=\"the variant's name promised otherwise\"" : "")
                .append('>').append(Escape.html(text)).append("</span>");
    }
}
