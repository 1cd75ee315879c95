package leakbench.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import leakbench.analysis.model.BenchmarkResult;
import leakbench.analysis.model.Metric;
import leakbench.analysis.model.Mode;

/** The LBO-style overhead rule on numbers chosen so the answer is known exactly. */
class CostAnalysisTest {

    private static final String BENCH = "leakbench.gc.FillingBathtubBenchmark.fixedFill";

    /**
     * One call per op (batch 1), 2 iterations of 10 ms each. G1: 10 ms per call of which 2 ms paused, CPU 16 ms of
     * which 6 ms GC. Parallel: 9 ms per call, 3 ms paused; CPU 12 ms, 4 ms GC. Epsilon: 9.5 ms, CPU 9 ms, no GC.
     */
    private static List<BenchmarkResult> results() {
        return List.of(result("G1", 10, 2, 16, 6), result("Parallel", 9, 3, 12, 4), result("Epsilon", 9.5, 0, 9, 0));
    }

    @Test
    void baselineIsTheSmallestDistilledCostOverAllCellsEpsilonIncluded() {
        CostAnalysis.Result cost = CostAnalysis.analyse(results(), PauseAnalysis.analyse(results(), PauseLists.NONE),
                HeapMultiples.beside(Path.of("no-such-dir/results.json"), new ArrayList<>()));
        Map<String, CostRow> byCollector = new LinkedHashMap<>();
        cost.rows().forEach(r -> byCollector.put(r.cell().collector(), r));
        // Distilled wall: G1 10 - 2 = 8, Parallel 9 - 3 = 6, Epsilon 9.5: baseline 6 ms (Parallel).
        // Distilled CPU: G1 16 - 6 = 10, Parallel 12 - 4 = 8, Epsilon 9: baseline 8 ms (Parallel).
        assertEquals(10.0 / 6, byCollector.get("G1").wallOverhead(), 1e-9);
        assertEquals(9.0 / 6, byCollector.get("Parallel").wallOverhead(), 1e-9);
        assertEquals(9.5 / 6, byCollector.get("Epsilon").wallOverhead(), 1e-9);
        assertEquals(16.0 / 8, byCollector.get("G1").cpuOverhead(), 1e-9);
        assertEquals(9.0 / 8, byCollector.get("Epsilon").cpuOverhead(), 1e-9);
        assertTrue(byCollector.get("G1").wallBaseline().startsWith("Parallel"));
        assertEquals(6.0 / 16, byCollector.get("G1").gcShare(), 1e-9);
        assertEquals(0, byCollector.get("Epsilon").gcShare(), 1e-9);
        assertEquals(1e7, byCollector.get("G1").wallNs(), 1e-3);
        assertEquals(1.6e7, byCollector.get("G1").cpuNs(), 1e-3);
    }

    @Test
    void epsilonSetsTheBaselineWhenItIsCheapest() {
        List<BenchmarkResult> results = List.of(result("G1", 10, 1, 16, 6), result("Epsilon", 7, 0, 7, 0));
        CostAnalysis.Result cost = CostAnalysis.analyse(results, PauseAnalysis.analyse(results, PauseLists.NONE),
                HeapMultiples.beside(Path.of("no-such-dir/results.json"), new ArrayList<>()));
        CostRow g1 = cost.rows().stream().filter(r -> r.cell().collector().equals("G1")).findFirst().orElseThrow();
        assertEquals(10.0 / 7, g1.wallOverhead(), 1e-9);
        assertEquals(16.0 / 7, g1.cpuOverhead(), 1e-9);
        assertTrue(g1.cpuBaseline().startsWith("Epsilon"));
    }

    @Test
    void aCellMostlyPausedOrMostlyCollectingIsNoBaselineCandidate() {
        // Serial: 10 ms per call, 9 ms paused (90%): distilled wall 1 ms, but no candidate; CPU 16 ms, 13 ms GC (81%):
        // distilled CPU 3 ms, no candidate either. G1's 10 - 2 = 8 ms and 16 - 6 = 10 ms are the baselines.
        List<BenchmarkResult> results = List.of(result("G1", 10, 2, 16, 6), result("Serial", 10, 9, 16, 13));
        CostAnalysis.Result cost = CostAnalysis.analyse(results, PauseAnalysis.analyse(results, PauseLists.NONE),
                HeapMultiples.beside(Path.of("no-such-dir/results.json"), new ArrayList<>()));
        CostRow serial = cost.rows().stream().filter(r -> r.cell().collector().equals("Serial")).findFirst()
                .orElseThrow();
        assertEquals(10.0 / 8, serial.wallOverhead(), 1e-9);
        assertEquals(16.0 / 10, serial.cpuOverhead(), 1e-9);
        assertTrue(serial.wallBaseline().startsWith("G1"));
        assertTrue(serial.cpuBaseline().startsWith("G1"));
    }

    @Test
    void cellsPoolTheirBenchmarksAndAGeometricMeanIgnoresMissingValues() {
        assertEquals(2.0, CostAnalysis.geometricMean(new double[] {1, 4, Double.NaN}), 1e-12);
        assertTrue(Double.isNaN(CostAnalysis.geometricMean(new double[] {Double.NaN})));
        CostAnalysis.Result cost = CostAnalysis.analyse(results(), PauseAnalysis.analyse(results(), PauseLists.NONE),
                HeapMultiples.beside(Path.of("no-such-dir/results.json"), new ArrayList<>()));
        assertEquals(3, cost.cells().size());
        cost.cells().forEach(c -> assertEquals(1, c.benchmarks()));
    }

    /** Milliseconds per call (= per op, batch 1), per-iteration metrics as the profilers write them. */
    private static BenchmarkResult result(String collector, double wallMs, double pauseMs, double cpuMs, double gcMs) {
        Map<String, Metric> secondary = new LinkedHashMap<>();
        secondary.put(CostAnalysis.PROCESS, two(CostAnalysis.PROCESS, "ms", cpuMs));
        secondary.put(CostAnalysis.PROCESS_NORM, two(CostAnalysis.PROCESS_NORM, "ns/op", cpuMs * 1e6));
        secondary.put(CostAnalysis.GC, two(CostAnalysis.GC, "ms", gcMs));
        secondary.put(CostAnalysis.GC_NORM, two(CostAnalysis.GC_NORM, "ns/op", gcMs * 1e6));
        if (!collector.equals("Epsilon")) {
            secondary.put(PauseAnalysis.COUNT, two(PauseAnalysis.COUNT, "#", 1));
            secondary.put(PauseAnalysis.TOTAL, two(PauseAnalysis.TOTAL, "ms", pauseMs));
        }
        return SyntheticResults.result(BENCH, Mode.SINGLE_SHOT_TIME, collector, "64m", 1,
                two(Metric.PRIMARY, "ms/op", wallMs), secondary, "single-shot");
    }

    private static Metric two(String name, String unit, double value) {
        return SyntheticResults.metric(name, unit, List.of(List.of(value, value)));
    }
}
