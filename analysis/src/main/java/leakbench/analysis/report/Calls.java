package leakbench.analysis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import leakbench.analysis.model.BenchmarkResult;
import leakbench.analysis.model.HistogramBin;
import leakbench.analysis.model.Metric;
import leakbench.analysis.model.Mode;

/**
 * How many benchmark method calls a result's iterations made. In single-shot mode one JMH op is a batch of
 * {@code batchSize} calls, exactly; in timed modes the calls of an iteration follow from its score and duration.
 */
final class Calls {

    private Calls() {
    }

    /** Calls per JMH op: the measurement batch size in single-shot mode; JMH ignores batches in timed modes. */
    static int batchSize(BenchmarkResult r) {
        return r.mode() == Mode.SINGLE_SHOT_TIME ? Math.max(1, r.settings().measurementBatchSize()) : 1;
    }

    /** Measured calls per second, from the primary score. */
    static OptionalDouble perSecond(BenchmarkResult r) {
        return Units.callsPerSecond(r.primary().score(), r.primary().unit(), batchSize(r));
    }

    /**
     * Per fork, the cumulative calls at the end of each measurement iteration (NaN where it cannot be told). In
     * single-shot mode the warmup batches are counted too; elsewhere counting starts with measurement, which does
     * not change a slope fitted with one intercept per fork.
     */
    static List<double[]> cumulative(BenchmarkResult r) {
        List<double[]> forks = new ArrayList<>();
        Metric primary = r.primary();
        for (int f = 0; f < primary.rawData().size(); f++) {
            List<Double> scores = primary.rawData().get(f);
            double[] x = new double[scores.size()];
            double calls = r.mode() == Mode.SINGLE_SHOT_TIME
                    ? Math.max(0, r.settings().warmupIterations()) * (double) Math.max(1, r.settings().warmupBatchSize())
                    : 0;
            for (int i = 0; i < scores.size(); i++) {
                calls += callsInIteration(r, f, i, scores.get(i));
                x[i] = calls;
            }
            forks.add(x);
        }
        return forks;
    }

    /** Mean calls per measurement iteration; NaN when unknown. */
    static double perIteration(BenchmarkResult r) {
        if (r.mode() == Mode.SINGLE_SHOT_TIME) {
            return batchSize(r);
        }
        double sum = 0;
        int n = 0;
        for (int f = 0; f < r.primary().rawData().size(); f++) {
            List<Double> scores = r.primary().rawData().get(f);
            for (int i = 0; i < scores.size(); i++) {
                double calls = callsInIteration(r, f, i, scores.get(i));
                if (Double.isFinite(calls)) {
                    sum += calls;
                    n++;
                }
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Seconds the measurement iterations took in total (over all forks); NaN when unknown. */
    static double measuredSeconds(BenchmarkResult r) {
        if (r.mode() == Mode.SINGLE_SHOT_TIME) {
            OptionalDouble unit = Units.secondsPer(r.primary().unit().replace("/op", ""));
            double sum = 0;
            for (double v : r.primary().finiteValues()) {
                sum += v;
            }
            return unit.isPresent() ? sum * unit.getAsDouble() : Double.NaN;
        }
        OptionalDouble iteration = Units.iterationSeconds(r.settings().measurementTime());
        int iterations = r.primary().rawData().stream().mapToInt(List::size).sum();
        return iteration.isPresent() ? iteration.getAsDouble() * iterations : Double.NaN;
    }

    private static double callsInIteration(BenchmarkResult r, int fork, int iteration, double score) {
        int batch = batchSize(r);
        if (r.mode() == Mode.SINGLE_SHOT_TIME) {
            return batch;
        }
        if (r.mode() == Mode.SAMPLE_TIME && fork < r.primary().histogram().size()
                && iteration < r.primary().histogram().get(fork).size()) {
            return r.primary().histogram().get(fork).get(iteration).stream().mapToLong(HistogramBin::count).sum()
                    * (double) batch;
        }
        OptionalDouble seconds = Units.iterationSeconds(r.settings().measurementTime());
        OptionalDouble rate = Units.callsPerSecond(score, r.primary().unit(), batch);
        return seconds.isPresent() && rate.isPresent() ? seconds.getAsDouble() * rate.getAsDouble() : Double.NaN;
    }
}
