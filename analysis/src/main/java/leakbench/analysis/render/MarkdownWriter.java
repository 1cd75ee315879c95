package leakbench.analysis.render;

import java.util.Collections;
import java.util.List;

/** Writes report blocks as GitHub-flavoured Markdown; charts are left to the HTML report. */
public final class MarkdownWriter {

    private MarkdownWriter() {
    }

    static String write(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
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
            }
            // Charts: Markdown cannot hold them offline; report.html has them.
        }
        return out.toString();
    }

    private static void table(StringBuilder out, Block.Table t) {
        row(out, t.header());
        row(out, Collections.nCopies(t.header().size(), "---"), false);
        t.rows().forEach(r -> row(out, r));
        out.append('\n');
    }

    private static void row(StringBuilder out, List<String> cells) {
        row(out, cells, true);
    }

    private static void row(StringBuilder out, List<String> cells, boolean escape) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(escape ? Escape.markdown(cell) : cell).append(" |");
        }
        out.append('\n');
    }
}
