package leakbench.analysis.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import leakbench.analysis.report.CellPauses;
import leakbench.analysis.report.PauseAnalysis;

/**
 * The seed's thresholds trade-off, "fewer collections, longer pauses": cells that differ only by young size
 * ({@code -Xmn}), pause count against mean pause, one line per collector, JDK and heap.
 */
final class YoungSizeSection {

    private YoungSizeSection() {
    }

    static List<Block> of(PauseAnalysis.Result pauses) {
        Map<String, List<CellPauses>> lines = new TreeMap<>();
        for (CellPauses c : pauses.cells()) {
            if (!c.cell().youngSize().isEmpty() && c.stats().count() > 0) {
                String line = c.cell().collector() + " -Xmx" + c.cell().maxHeap() + " JDK " + c.cell().jdkFeature();
                lines.computeIfAbsent(line, k -> new ArrayList<>()).add(c);
            }
        }
        lines.values().removeIf(cells -> cells.size() < 2);
        List<Block> blocks = new ArrayList<>();
        if (lines.isEmpty()) {
            return blocks;
        }
        blocks.add(new Block.Heading(2, "Young generation size"));
        blocks.add(new Block.Paragraph("Cells that differ only by -Xmn (the nearest analogue of Python's generation-0"
                + " threshold): a larger young generation collects less often, and each collection may take longer."
                + " Mean pause = total pause over pause count, all benchmarks of the cell pooled."));
        List<List<String>> rows = new ArrayList<>();
        Map<String, List<double[]>> points = new TreeMap<>();
        lines.forEach((line, cells) -> {
            for (CellPauses c : cells) {
                double mean = c.stats().totalMs() / c.stats().count();
                rows.add(List.of(line, c.cell().youngSize(), Long.toString(c.stats().count()), HumanUnits.millis(mean),
                        HumanUnits.millis(c.stats().p99Ms()), HumanUnits.millis(c.stats().totalMs())));
                points.computeIfAbsent(line, k -> new ArrayList<>()).add(new double[] {c.stats().count(), mean});
            }
        });
        blocks.add(new Block.Table(List.of("collector, heap, JDK", "-Xmn", "pauses", "mean pause", "p99 pause",
                "total pause"), rows, Set.of()));
        blocks.add(new Block.Chart(CostCharts.countAgainstLength(points), 760, 420));
        return blocks;
    }
}
