package leakbench.analysis.render;

import java.util.List;

import org.jfree.chart.JFreeChart;

/**
 * A part of a rendered report. The report is built once as blocks and written as Markdown or HTML, so both formats
 * say the same thing. All text in blocks is plain and unescaped; the writers escape it.
 */
sealed interface Block {

    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /**
     * A table; {@code flagged} rows (by index) are highlighted, for surprises such as a fixed variant that leaked.
     */
    record Table(List<String> header, List<List<String>> rows, java.util.Set<Integer> flagged) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            flagged = java.util.Set.copyOf(flagged);
        }
    }

    /** A chart, drawn only in HTML. */
    record Chart(JFreeChart chart, int width, int height) implements Block {
    }
}
