package leakbench.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import leakbench.analysis.model.BenchmarkResult;
import leakbench.analysis.model.Metric;
import leakbench.analysis.model.Mode;

class PauseAnalysisTest {

    /** avgt, 2 iterations of 1 s; 4 pauses in all (3 + 1), metrics as GcPauseProfiler writes them. */
    private static BenchmarkResult result(String collector) {
        Map<String, Metric> secondary = new LinkedHashMap<>();
        secondary.put(PauseAnalysis.COUNT, SyntheticResults.metric(PauseAnalysis.COUNT, "#", List.of(List.of(3.0, 1.0))));
        secondary.put(PauseAnalysis.TOTAL, SyntheticResults.metric(PauseAnalysis.TOTAL, "ms",
                List.of(List.of(14.0, 40.0))));
        secondary.put(PauseAnalysis.P50, SyntheticResults.metric(PauseAnalysis.P50, "ms", List.of(List.of(4.0, 40.0))));
        secondary.put(PauseAnalysis.P99, SyntheticResults.metric(PauseAnalysis.P99, "ms", List.of(List.of(8.0, 40.0))));
        secondary.put(PauseAnalysis.MAX, SyntheticResults.metric(PauseAnalysis.MAX, "ms", List.of(List.of(8.0, 40.0))));
        secondary.put(PauseAnalysis.CONCURRENT, SyntheticResults.metric(PauseAnalysis.CONCURRENT, "ms",
                List.of(List.of(5.0, 5.0))));
        return SyntheticResults.result("leakbench.gc.XBenchmark.run", Mode.AVERAGE_TIME, collector, "1g", 1,
                SyntheticResults.metric(Metric.PRIMARY, "ms/op", List.of(List.of(2.0, 2.0))), secondary, "1 s");
    }

    @Test
    void withoutPauseListsPercentilesComeFromTheIterationsAndMmuIsMissing() {
        PauseRow row = PauseAnalysis.analyse(List.of(result("G1")), PauseLists.NONE).rows().get(0);
        assertEquals(4, row.stats().count());
        assertEquals(54, row.stats().totalMs(), 1e-12);
        assertEquals(40, row.stats().maxMs(), 1e-12);
        assertEquals(40, row.stats().p99Ms(), 1e-12, "the worst iteration's p99");
        assertEquals(54 / 2000.0, row.stats().pausedShare(), 1e-12);
        assertEquals(10, row.stats().concurrentMs(), 1e-12);
        assertFalse(row.fromPauseLists());
        assertTrue(Double.isNaN(row.stats().mmu10()));
    }

    @Test
    void pauseListsGiveExactPercentilesAndMmu() {
        List<Pause> fork = List.of(new Pause(100, 2), new Pause(104, 4), new Pause(108, 8), new Pause(1500, 40));
        PauseRow row = PauseAnalysis.analyse(List.of(result("G1")), r -> List.of(fork)).rows().get(0);
        assertTrue(row.fromPauseLists());
        assertEquals(4, row.stats().p50Ms(), 1e-12, "nearest rank: the 2nd of 2, 4, 8, 40");
        assertEquals(40, row.stats().p99Ms(), 1e-12);
        assertEquals(0.0, row.stats().mmu1(), 1e-12);
        assertEquals(0.0, row.stats().mmu10(), 1e-12, "10 ms inside the 40 ms pause");
        assertEquals(0.6, row.stats().mmu100(), 1e-12, "the 40 ms pause in a 100 ms window");
    }

    @Test
    void cellsAreSummedOverTheirBenchmarksAndCostedAgainstEachOther() {
        BenchmarkResult fast = result("Parallel");
        PauseAnalysis.Result r = PauseAnalysis.analyse(List.of(result("G1"), fast), PauseLists.NONE);
        assertEquals(2, r.cells().size());
        assertEquals("G1", r.cells().get(0).cell().collector());
        assertEquals(1.0, r.cells().get(0).relativeCost(), 1e-12, "same score: same cost");
    }
}
