package leakbench.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import leakbench.calibration.ProfilerOverheadBenchmark;
import org.openjdk.jmh.profile.Profiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ProfilerOverheadBenchmark} without a profiler, with {@link HeapGrowthProfiler} and with
 * {@link GcPauseProfiler}, side by side in one invocation: in rounds, each round one fork per configuration,
 * so that a machine whose speed drifts during the run affects every configuration alike. Writes each run's
 * JMH JSON ({@code results-<configuration>-round<n>.json}) and {@code results.md}: per benchmark and
 * configuration the mean of the rounds' scores, their range, and the change against no profiler.
 *
 * <p>Use: {@code java -cp benchmarks/target/benchmarks.jar leakbench.profile.ProfilerOverhead OUTPUT_DIR [ROUNDS]}
 */
public final class ProfilerOverhead {
    private ProfilerOverhead() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        if (args.length < 1 || args.length > 2 || (args.length == 2 && !args[1].matches("[1-9][0-9]?"))) {
            System.err.println("usage: ProfilerOverhead OUTPUT_DIR [ROUNDS 1-99]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int rounds = args.length == 2 ? Integer.parseInt(args[1]) : 3;
        Files.createDirectories(out);
        Map<String, Class<? extends Profiler>> configs = new LinkedHashMap<>();
        configs.put("none", null);
        configs.put("HeapGrowthProfiler", HeapGrowthProfiler.class);
        configs.put("GcPauseProfiler", GcPauseProfiler.class);
        // configuration -> benchmark -> score of each round
        Map<String, Map<String, List<Double>>> scores = new LinkedHashMap<>();
        Map<String, String> units = new TreeMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<String, Class<? extends Profiler>> config : configs.entrySet()) {
                ChainedOptionsBuilder options = new OptionsBuilder()
                        .include(ProfilerOverheadBenchmark.class.getName())
                        .forks(1)
                        .resultFormat(ResultFormatType.JSON)
                        .result(out.resolve("results-" + config.getKey() + "-round" + round + ".json").toString());
                if (config.getValue() != null) {
                    options.addProfiler(config.getValue());
                }
                for (RunResult result : new Runner(options.build()).run()) {
                    String name = result.getParams().getBenchmark();
                    String shortName = name.substring(name.lastIndexOf('.') + 1);
                    units.put(shortName, result.getPrimaryResult().getScoreUnit());
                    scores.computeIfAbsent(config.getKey(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(shortName, k -> new ArrayList<>())
                            .add(result.getPrimaryResult().getScore());
                }
            }
        }
        Files.writeString(out.resolve("results.md"), table(scores, units, rounds));
    }

    private static String table(Map<String, Map<String, List<Double>>> scores, Map<String, String> units, int rounds) {
        List<String> configs = new ArrayList<>(scores.keySet());
        StringBuilder md = new StringBuilder("Mean primary score of " + rounds
                + " interleaved rounds (1 fork each), [min, max] of the rounds, change of the mean against no"
                + " profiler.\n\n| benchmark |");
        configs.forEach(c -> md.append(' ').append(c).append(" |"));
        md.append("\n|---|").append("---:|".repeat(configs.size())).append('\n');
        for (Map.Entry<String, String> benchmark : units.entrySet()) {
            md.append("| `").append(benchmark.getKey()).append("` (").append(benchmark.getValue()).append(") |");
            double base = mean(scores.get("none").get(benchmark.getKey()));
            for (String config : configs) {
                List<Double> values = scores.get(config).get(benchmark.getKey());
                double mean = mean(values);
                md.append(String.format(Locale.ROOT, " %.1f [%.1f, %.1f]", mean,
                        Collections.min(values), Collections.max(values)));
                if (!config.equals("none")) {
                    md.append(String.format(Locale.ROOT, " (%+.1f%%)", 100 * (mean / base - 1)));
                }
                md.append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
