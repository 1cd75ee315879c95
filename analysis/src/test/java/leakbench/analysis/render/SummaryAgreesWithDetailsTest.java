package leakbench.analysis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import leakbench.analysis.TestFiles;
import leakbench.analysis.read.JmhResultReader;
import leakbench.analysis.report.GrowthRow;
import leakbench.analysis.report.Report;
import leakbench.analysis.report.ReportBuilder;
import leakbench.analysis.report.Summary;

/**
 * The verdict summary (the report's first screen and the main job's terminal table) and the per-scenario detail
 * tables say the same thing, on committed real result sets: every variant of the details is in the summary once,
 * with the verdict its detail rows give, and a summary flag exactly where a detail row is flagged.
 */
class SummaryAgreesWithDetailsTest {

    static Stream<Path> resultSets() {
        List<Path> sets = new ArrayList<>(List.of(TestFiles.resource("fixtures/captures-gc-g1-parallel"),
                TestFiles.resource("fixtures/doublebrace-jfr-g1")));
        // The repository's own committed result sets, when the tests run inside the repository.
        for (String label : List.of("leak-families", "reference")) {
            Path dir = Path.of("..", "results", label);
            if (Files.isRegularFile(dir.resolve("results.json"))) {
                sets.add(dir);
            }
        }
        return sets.stream();
    }

    @ParameterizedTest
    @MethodSource("resultSets")
    void theSummaryRowsAndVerdictsAreTheDetailTables(Path resultSet) throws Exception {
        Report report = ReportBuilder.build(new JmhResultReader().read(resultSet));
        List<Block> blocks = ReportDocument.of(report);

        // From the detail tables as rendered: per scenario name and variant, the verdict of each of its rows.
        Map<String, List<String>> detailVerdicts = new TreeMap<>();
        Map<String, Boolean> detailFlagged = new TreeMap<>();
        for (Block b : blocks) {
            if (b instanceof Block.Details d && d.body().get(0) instanceof Block.Table t && t.header().get(0).equals("GC cell")) {
                String scenario = d.summary().substring(0, d.summary().indexOf(':'));
                for (int i = 0; i < t.rows().size(); i++) {
                    String key = scenario + " " + t.rows().get(i).get(1);
                    detailVerdicts.computeIfAbsent(key, k -> new ArrayList<>()).add(t.rows().get(i).get(6));
                    detailFlagged.merge(key, t.flagged().contains(i), Boolean::logicalOr);
                }
            }
        }
        assertFalse(detailVerdicts.isEmpty(), "the fixture has growth details");

        // From the summary tables as rendered: the same, by the verdict text next to each variant name.
        Map<String, String> summaryBadges = new TreeMap<>();
        Summary summary = Summary.of(report);
        Block.Table pairs = SummaryTables.pairs(summary);
        Block.Table costOnly = SummaryTables.costOnly(summary);
        for (Block.Table t : List.of(pairs, costOnly)) {
            assertTrue(blocks.contains(t) || t.rows().isEmpty(), "the document shows the summary table it was built from");
            String scenario = "";
            for (List<String> row : t.rows()) {
                scenario = row.get(0).isEmpty() ? scenario : row.get(0);
                for (int name = 1; name + 1 < row.size(); name++) {
                    if (t.header().get(name).endsWith("variant") && !row.get(name).isEmpty()) {
                        summaryBadges.put(fullName(scenario, summary) + " " + row.get(name), row.get(name + 1));
                    }
                }
            }
        }

        assertEquals(detailVerdicts.keySet(), summaryBadges.keySet(), "the same variants in summary and details");
        detailVerdicts.forEach((variant, verdicts) -> {
            String badge = summaryBadges.get(variant);
            assertEquals(expectedBadge(verdicts, detailFlagged.get(variant)), badge, variant + " " + verdicts);
        });
    }

    @ParameterizedTest
    @MethodSource("resultSets")
    void theSummaryHoldsTheReportsOwnGrowthRows(Path resultSet) throws Exception {
        Report report = ReportBuilder.build(new JmhResultReader().read(resultSet));
        List<GrowthRow> inSummary = Summary.of(report).variants().stream().flatMap(v -> v.growth().stream()).toList();
        assertEquals(report.growth().size(), inSummary.size(), "every growth row once");
        for (GrowthRow row : inSummary) {
            assertSame(report.growth().get(report.growth().indexOf(row)), row, "the same object, not a copy");
        }
    }

    /** What the badge must say, computed here from the detail rows' verdicts (not by the code under test). */
    private static String expectedBadge(List<String> verdicts, boolean flagged) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String v : List.of("LEAK", "BOUNDED", "INCONCLUSIVE")) {
            int n = (int) verdicts.stream().filter(v::equals).count();
            if (n > 0) {
                counts.put(v, n);
            }
        }
        String text = counts.size() == 1 ? counts.keySet().iterator().next()
                : String.join(", ", counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + "/"
                        + verdicts.size()).toList());
        return flagged ? text + " (!)" : text;
    }

    /** The summary names a scenario without "Benchmark" and without params when unambiguous; the details in full. */
    private static String fullName(String summaryName, Summary summary) {
        return summary.scenarios().stream()
                .filter(s -> SummaryTables.name(s, summary).equals(summaryName))
                .map(s -> s.simpleName() + SummaryTables.params(s.params()))
                .findFirst().orElseThrow(() -> new AssertionError("no scenario named " + summaryName));
    }
}
