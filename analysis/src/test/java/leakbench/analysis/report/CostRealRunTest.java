package leakbench.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import leakbench.analysis.TestFiles;
import leakbench.analysis.model.BenchmarkResult;
import leakbench.analysis.model.ResultSet;
import leakbench.analysis.read.JmhResultReader;

/**
 * The cost section on a real matrix run (see the fixture's README entry): FillingBathtubBenchmark.fixedFill under
 * G1, Serial and Epsilon at 1.5x and 3x of the bisected minimum heap, JDK 17, with GcPauseProfiler and CpuProfiler.
 */
class CostRealRunTest {

    static final String FIXTURE = "fixtures/cost-fixedfill-g1-serial-epsilon";

    private static ResultSet set;
    private static CostAnalysis.Result cost;

    @BeforeAll
    static void read() throws Exception {
        set = new JmhResultReader().read(TestFiles.resource(FIXTURE + "/results.json"));
        cost = ReportBuilder.build(set).cost();
    }

    @Test
    void everyCellHasARowWithTheHeapMultipleItRanAt() {
        assertEquals(6, cost.rows().size());
        assertEquals(6, cost.cells().size());
        Map<String, Long> perMultiple = cost.rows().stream()
                .collect(Collectors.groupingBy(r -> Double.toString(r.heapMultiple()), Collectors.counting()));
        assertEquals(Map.of("1.5", 3L, "3.0", 3L), perMultiple);
    }

    @Test
    void epsilonHasNoGcCpuAndOthersDo() {
        for (CostRow r : cost.rows()) {
            if (r.cell().collector().equals("Epsilon")) {
                assertEquals(0, r.gcCpuNs());
                assertEquals(0, r.gcShare());
                assertEquals(0, r.pausedShare());
            } else {
                assertTrue(r.gcCpuNs() > 0 && r.gcShare() > 0 && r.gcShare() < 1, r.toString());
            }
        }
    }

    @Test
    void figuresAreTheProfilersMetricsPerCall() {
        for (BenchmarkResult r : set.results()) {
            CostRow row = rowOf(r);
            // One call per op here (single-shot, batch 1): the mean of the iterations' ns/op.
            assertEquals(mean(r, "cpu.process.norm"), row.cpuNs(), 1e-6 * row.cpuNs());
            assertEquals(mean(r, "cpu.gc.norm"), row.gcCpuNs(), 1e-6 * Math.max(1, row.gcCpuNs()));
            assertEquals(sum(r, "cpu.gc") / sum(r, "cpu.process"), row.gcShare(), 1e-9);
            assertEquals(mean(r, "score") * 1e6, row.wallNs(), 1e-6 * row.wallNs());
        }
    }

    @Test
    void overheadIsTotalOverTheSmallestDistilledCostOfAnyCandidateCell() {
        double most = CostAnalysis.MAX_GC_SHARE_FOR_BASELINE;
        double wallBase = cost.rows().stream().filter(r -> r.pausedShare() <= most)
                .mapToDouble(CostRow::distilledWallNs).filter(v -> v > 0).min().orElseThrow();
        double cpuBase = cost.rows().stream().filter(r -> r.gcCpuNs() / r.cpuNs() <= most)
                .mapToDouble(CostRow::distilledCpuNs).filter(v -> v > 0).min().orElseThrow();
        for (CostRow r : cost.rows()) {
            assertEquals(r.wallNs() / wallBase, r.wallOverhead(), 1e-9 * r.wallOverhead());
            assertEquals(r.cpuNs() / cpuBase, r.cpuOverhead(), 1e-9 * r.cpuOverhead());
            // A candidate's total is at least its own distilled cost, which is at least the baseline; the others'
            // totals are mostly GC, far above it.
            assertTrue(r.wallOverhead() >= 1 && r.cpuOverhead() >= 1, r.toString());
            assertEquals(r.cpuNs() - r.gcCpuNs(), r.distilledCpuNs(), 1e-6);
        }
    }

    private static CostRow rowOf(BenchmarkResult r) {
        List<CostRow> rows = cost.rows().stream().filter(c -> c.cell().equals(r.gcCell())).toList();
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    private static double mean(BenchmarkResult r, String metric) {
        return Arrays.stream(r.metric(metric).orElseThrow().finiteValues()).average().orElseThrow();
    }

    private static double sum(BenchmarkResult r, String metric) {
        return Arrays.stream(r.metric(metric).orElseThrow().finiteValues()).sum();
    }
}
