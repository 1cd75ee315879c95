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
     * Cells of the {@code badgeColumns} hold a {@link Badge} text and are drawn as coloured badges in HTML;
     * {@code groupStarts} are the rows that open a group (a scenario), drawn with a rule above.
     */
    record Table(List<String> header, List<List<String>> rows, java.util.Set<Integer> flagged,
                 java.util.Set<Integer> badgeColumns, java.util.Set<Integer> groupStarts) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            flagged = java.util.Set.copyOf(flagged);
            badgeColumns = java.util.Set.copyOf(badgeColumns);
            groupStarts = java.util.Set.copyOf(groupStarts);
        }

        Table(List<String> header, List<List<String>> rows, java.util.Set<Integer> flagged) {
            this(header, rows, flagged, java.util.Set.of(), java.util.Set.of());
        }
    }

    /** A chart, drawn only in HTML. */
    record Chart(JFreeChart chart, int width, int height) implements Block {
    }

    /** Charts drawn side by side, wrapping on narrow screens (small multiples); HTML only. */
    record Panels(List<Chart> charts) implements Block {
        public Panels {
            charts = List.copyOf(charts);
        }
    }

    /** A collapsed section: {@code summary} always shown, {@code body} on demand ({@code <details>}). */
    record Details(String summary, List<Block> body) implements Block {
        public Details {
            body = List.copyOf(body);
        }
    }
}
