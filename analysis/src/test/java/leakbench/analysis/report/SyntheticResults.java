package leakbench.analysis.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import leakbench.analysis.model.BenchmarkResult;
import leakbench.analysis.model.GcCell;
import leakbench.analysis.model.Metric;
import leakbench.analysis.model.Mode;
import leakbench.analysis.model.RunSettings;

/** In-memory results for tests of the statistics: numbers chosen so the expected answer is known exactly. */
final class SyntheticResults {

    private SyntheticResults() {
    }

    static Metric metric(String name, String unit, List<List<Double>> raw) {
        double mean = raw.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        return new Metric(name, unit, mean, Double.NaN, raw, List.of());
    }

    /**
     * A single-shot result as the suite's retention benchmarks make them: 2 warmup and {@code iterations}
     * measurement iterations of {@code batch} calls per fork; each fork starts at its own base heap and retains
     * {@code bytesPerCall} per call plus the given noise; the last reading is at the last iteration's start.
     */
    static BenchmarkResult singleShot(String benchmark, String collector, String xmx, int forks, int iterations,
                                      int batch, double bytesPerCall, double[] noise, double secondsPerBatch) {
        List<List<Double>> retained = new ArrayList<>();
        List<List<Double>> score = new ArrayList<>();
        int n = 0;
        for (int f = 0; f < forks; f++) {
            List<Double> r = new ArrayList<>();
            List<Double> s = new ArrayList<>();
            double base = 20_000_000 + 1_000_000 * f;
            for (int i = 1; i <= iterations; i++) {
                // HeapGrowthProfiler reads the last iteration's heap at its start (JMH drops the state inside it).
                double calls = (2 + (i == iterations && i > 1 ? i - 1 : i)) * (double) batch;
                r.add(base + bytesPerCall * calls + noise[n++ % noise.length]);
                s.add(secondsPerBatch);
            }
            retained.add(r);
            score.add(s);
        }
        Map<String, Metric> secondary = new LinkedHashMap<>();
        secondary.put(GrowthAnalysis.RETAINED, metric(GrowthAnalysis.RETAINED, "B", retained));
        return result(benchmark, Mode.SINGLE_SHOT_TIME, collector, xmx, batch,
                metric(Metric.PRIMARY, "s/op", score), secondary, "single-shot");
    }

    static BenchmarkResult result(String benchmark, Mode mode, String collector, String xmx, int batch,
                                  Metric primary, Map<String, Metric> secondary, String iterationTime) {
        List<String> jvmArgs = List.of("-XX:+Use" + collector + "GC", "-Xmx" + xmx);
        RunSettings settings = new RunSettings("1.37", "/usr/bin/java", jvmArgs, "17.0.15", "OpenJDK 64-Bit Server VM",
                "17.0.15+6", 1, 1, 2, iterationTime, batch, primary.rawData().get(0).size(), iterationTime, batch);
        return new BenchmarkResult(benchmark, mode, Map.of(), new GcCell(collector, xmx, "", "", "17.0.15"), settings,
                primary, secondary);
    }
}
