package leakbench.analysis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

import leakbench.analysis.TestFiles;
import leakbench.analysis.read.JmhResultReader;
import leakbench.analysis.report.CostAnalysis;
import leakbench.analysis.report.ReportBuilder;

/** The cost section as a reader sees it, on the real-run fixture (fixedFill, G1/Serial/Epsilon at 1.5x and 3x). */
class CostSectionTest {

    @Test
    void theSectionStatesItsRuleAndHasOneRowPerCellAndTheCharts() throws Exception {
        var report = ReportBuilder.build(new JmhResultReader().read(
                TestFiles.resource("fixtures/cost-fixedfill-g1-serial-epsilon/results.json")));
        Map<String, String> files = Renderer.render(report, EnumSet.of(ReportFormat.MD, ReportFormat.HTML));
        String md = files.get("report.md");
        assertTrue(md.contains(" results, 6 GC cells, "), "the title counts the cost study's cells: " + md.lines().limit(3).toList());
        String costPart = md.substring(md.indexOf("## Cost"));
        assertTrue(costPart.contains("Overhead rule: " + CostAnalysis.RULE));
        String cellTable = costPart.substring(costPart.indexOf("### Cost per GC cell"), costPart.indexOf("<details><summary>Cost per benchmark ("));
        assertEquals(6, cellTable.lines().filter(l -> l.startsWith("| ") && l.contains(" JDK 17 |")).count(), cellTable);
        assertTrue(cellTable.contains("| Epsilon -Xmx222m -Xms222m JDK 17 | 1.50x | 1 | 0.00% |"), cellTable);
        // The per-benchmark rows are collapsed, one per benchmark and cell.
        String perBenchmark = costPart.substring(costPart.indexOf("<details><summary>Cost per benchmark ("),
                costPart.indexOf("</details>", costPart.indexOf("<details><summary>Cost per benchmark (")));
        assertTrue(perBenchmark.contains("| benchmark | GC cell | heap multiple | wall per call |"), perBenchmark);
        // The first screen's per-cell headlines carry the cost figures beside the pauses, for all six cells.
        String headlines = md.substring(md.indexOf("## Pauses and cost per GC cell"), md.indexOf("## Environment"));
        assertTrue(headlines.contains("| GC share of CPU | wall overhead | CPU overhead |"), headlines);
        assertEquals(6, headlines.lines().filter(l -> l.startsWith("| ") && l.contains(" JDK 17 |")).count(), headlines);
        assertTrue(headlines.lines().anyMatch(l -> l.startsWith("| Epsilon -Xmx222m -Xms222m JDK 17 |")
                && l.contains("| 0.00% |")), headlines);
        // No cell ran at 2x, so the 2x summary is left out rather than shown empty.
        assertTrue(!costPart.contains("At 2x the minimum heap"));
        String html = files.get("report.html");
        for (String chart : new String[] {"Wall-time overhead by heap size, JDK 17", "CPU overhead by heap size, JDK 17",
            "CPU cost against p99 pause, one point per GC cell, JDK 17"}) {
            assertTrue(html.contains(chart), chart);
        }
    }
}
