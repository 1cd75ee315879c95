package leakbench.analysis.render;

import java.util.List;

/** Writes report blocks as GitHub-flavoured Markdown; charts are left to the HTML report. */
public final class MarkdownWriter {

    private MarkdownWriter() {
    }

    static String write(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        blocks(out, blocks);
        return out.toString();
    }

    private static void blocks(StringBuilder out, List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) {
                out.append("#".repeat(h.level())).append(' ').append(Escape.markdown(h.text())).append("\n\n");
            } else if (block instanceof Block.Paragraph p) {
                out.append(Escape.markdown(p.text())).append("\n\n");
            } else if (block instanceof Block.Bullets b) {
                b.items().forEach(item -> out.append("- ").append(Escape.markdown(item)).append('\n'));
                out.append('\n');
            } else if (block instanceof Block.Table t) {
                table(out, t);
            } else if (block instanceof Block.Details d) {
                // GitHub renders <details> in Markdown; the summary is HTML there, so it is escaped as HTML.
                out.append("<details><summary>").append(Escape.htmlInMarkdown(d.summary())).append("</summary>\n\n");
                blocks(out, d.body());
                out.append("</details>\n\n");
            }
            // Charts: Markdown cannot hold them offline; report.html has them.
        }
    }

    private static void table(StringBuilder out, Block.Table t) {
        row(out, t.header(), java.util.Set.of());
        out.append('|').append(" --- |".repeat(t.header().size())).append('\n');
        t.rows().forEach(r -> row(out, r, t.badgeColumns()));
        out.append('\n');
    }

    /** Badge cells are bold; an empty cell stays empty. */
    private static void row(StringBuilder out, List<String> cells, java.util.Set<Integer> badgeColumns) {
        out.append('|');
        for (int c = 0; c < cells.size(); c++) {
            String text = Escape.markdown(cells.get(c));
            boolean bold = badgeColumns.contains(c) && !cells.get(c).isEmpty() && !cells.get(c).equals(HumanUnits.NONE);
            out.append(' ').append(bold ? "**" + text + "**" : text).append(" |");
        }
        out.append('\n');
    }
}
