package leakbench.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import leakbench.analysis.TestFiles;
import leakbench.analysis.model.BenchmarkResult;
import leakbench.analysis.model.ResultSet;
import leakbench.analysis.read.JmhResultReader;

/**
 * The report on a committed result set from a real run of the suite (see the fixture's {@code run.json} for the
 * command): four leaky/fixed pairs of the captures family and gc.CollectionPauseBenchmark, under G1 and Parallel,
 * with -prof gc, HeapGrowthProfiler and GcPauseProfiler (pause lists in {@code pauses/}).
 */
class RealRunReportTest {

    static final String FIXTURE = "fixtures/captures-gc-g1-parallel";

    private static ResultSet set;
    private static Report report;

    @BeforeAll
    static void read() throws Exception {
        set = new JmhResultReader().read(TestFiles.resource(FIXTURE));
        report = ReportBuilder.build(set);
    }

    @Test
    void everyLeakyVariantLeaksAndEveryFixedOneIsBounded() {
        List<GrowthRow> pairs = report.growth().stream().filter(g -> g.variant().kind() != VariantKind.OTHER).toList();
        assertEquals(16, pairs.size(), "4 pairs x 2 collectors");
        for (GrowthRow g : pairs) {
            Verdict expected = g.variant().kind() == VariantKind.LEAKY ? Verdict.LEAK : Verdict.BOUNDED;
            assertEquals(expected, g.verdict(), g.variant() + " in " + g.cell().label());
            assertEquals("", g.flag());
        }
    }

    @Test
    void aLeakOfOneRowPerCallRetainsAboutTheRow() {
        // DoubleBrace and LambdaThis keep one rowBytes-sized row per call, plus its small holders.
        for (GrowthRow g : report.growth()) {
            String rowBytes = g.variant().params().get("rowBytes");
            if (rowBytes != null && g.verdict() == Verdict.LEAK) {
                double row = Double.parseDouble(rowBytes);
                assertTrue(g.low() >= row && g.high() <= 1.05 * row, g.variant().method() + ": " + g.bytesPerCall());
            }
        }
    }

    @Test
    void aLeakGetsItsCallsUntilTheHeapIsFull() {
        for (GrowthRow g : report.growth()) {
            if (g.verdict() == Verdict.LEAK) {
                assertEquals(512L * 1024 * 1024, g.heapBytes());
                assertEquals((g.heapBytes() - g.lastRetainedBytes()) / g.bytesPerCall(), g.callsToExhaustion(), 1e-6);
                assertTrue(g.secondsToExhaustion() > 0 && Double.isFinite(g.secondsToExhaustion()));
            } else {
                assertTrue(Double.isNaN(g.callsToExhaustion()));
            }
        }
    }

    @Test
    void pauseListsAreMatchedToTheirResultsAndAgreeWithTheMetrics() {
        assertEquals(20, report.pauses().rows().size());
        for (PauseRow p : report.pauses().rows()) {
            assertTrue(p.fromPauseLists(), "pause list found for " + p.variant() + " in " + p.cell().label());
            assertTrue(p.stats().mmu1() >= 0 && p.stats().mmu1() <= p.stats().mmu100() && p.stats().mmu100() <= 1, p.toString());
        }
        for (BenchmarkResult r : set.results()) {
            long listed = PauseListFilesTest.measurementRows(r);
            double metric = java.util.Arrays.stream(r.secondary().get("gc.pause.count").finiteValues()).sum();
            assertEquals(metric, listed, r.benchmark() + " " + r.gcCell().label());
        }
        PauseRow busiest = report.pauses().rows().stream().filter(p -> p.stats().count() > 0).findFirst().orElseThrow();
        assertTrue(busiest.stats().p50Ms() > 0 && busiest.stats().p50Ms() <= busiest.stats().p99Ms() && busiest.stats().p99Ms() <= busiest.stats().maxMs());
    }

    @Test
    void theOnlyMissingPartsAreJfrAndTheCostOnlyGrowthRowsAndEveryChartIsDrawn() throws Exception {
        // CollectionPauseBenchmark ran 3 measurement iterations: without the last one (JMH releases the state
        // inside it) 2 readings are left, enough for a (wide) interval since --quick's runs must have verdicts.
        // The run predates CpuProfiler, so the cost section is missing too.
        assertEquals(2, report.notes().size(), report.notes().toString());
        assertTrue(report.notes().get(0).startsWith("JFR section not made: no JFR recording"));
        assertTrue(report.notes().get(1).startsWith("Cost report not made: no result has cpu.process.norm"));
        assertEquals(4, report.tradeOff().size(), "CollectionPauseBenchmark: 2 collectors x 2 heaps");
        assertEquals("2", report.environment().cores());
        assertFalse(report.allocation().isEmpty());
    }

    @Test
    void theHtmlHasTheGrowthPercentileAndTradeOffCharts() {
        String html = leakbench.analysis.render.Renderer.render(report,
                java.util.EnumSet.of(leakbench.analysis.render.ReportFormat.HTML)).get("report.html");
        // the overview; growth panels: 4 captures scenarios x 2 cells and CollectionPauseBenchmark x 4 cells; the
        // pause percentiles; one time-space chart (JDK 17)
        assertEquals(15, html.split("<svg", -1).length - 1);
        assertTrue(html.contains("Time-space trade-off, JDK 17"));
    }
}
