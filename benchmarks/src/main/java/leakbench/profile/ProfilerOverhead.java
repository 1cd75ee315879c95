package leakbench.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import leakbench.calibration.ProfilerOverheadBenchmark;
import org.openjdk.jmh.profile.Profiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ProfilerOverheadBenchmark} without a profiler, with {@link HeapGrowthProfiler} and with
 * {@link GcPauseProfiler}, one after the other in one invocation, and writes each run's JMH JSON plus a
 * Markdown table of the primary scores side by side.
 *
 * <p>Use: {@code java -cp benchmarks/target/benchmarks.jar leakbench.profile.ProfilerOverhead OUTPUT_DIR}
 */
public final class ProfilerOverhead {
    private ProfilerOverhead() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        if (args.length != 1) {
            System.err.println("usage: ProfilerOverhead OUTPUT_DIR");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        Map<String, Class<? extends Profiler>> configs = new LinkedHashMap<>();
        configs.put("none", null);
        configs.put("HeapGrowthProfiler", HeapGrowthProfiler.class);
        configs.put("GcPauseProfiler", GcPauseProfiler.class);
        Map<String, Collection<RunResult>> results = new LinkedHashMap<>();
        for (Map.Entry<String, Class<? extends Profiler>> config : configs.entrySet()) {
            ChainedOptionsBuilder options = new OptionsBuilder()
                    .include(ProfilerOverheadBenchmark.class.getName())
                    .resultFormat(ResultFormatType.JSON)
                    .result(out.resolve("results-" + config.getKey() + ".json").toString());
            if (config.getValue() != null) {
                options.addProfiler(config.getValue());
            }
            results.put(config.getKey(), new Runner(options.build()).run());
        }
        Files.writeString(out.resolve("results.md"), table(results));
    }

    private static String table(Map<String, Collection<RunResult>> results) {
        List<String> configs = new ArrayList<>(results.keySet());
        StringBuilder md = new StringBuilder("| benchmark |");
        configs.forEach(c -> md.append(' ').append(c).append(" |"));
        md.append("\n|---|").append("---:|".repeat(configs.size())).append('\n');
        for (RunResult baseline : results.get("none")) {
            String name = baseline.getParams().getBenchmark();
            Result<?> base = baseline.getPrimaryResult();
            md.append("| `").append(name.substring(name.lastIndexOf('.') + 1)).append("` (").append(base.getScoreUnit())
                    .append(") |");
            for (String config : configs) {
                Result<?> score = results.get(config).stream()
                        .filter(r -> r.getParams().getBenchmark().equals(name))
                        .findFirst().orElseThrow().getPrimaryResult();
                md.append(String.format(Locale.ROOT, " %.1f ± %.1f", score.getScore(), score.getScoreError()));
                if (!config.equals("none")) {
                    md.append(String.format(Locale.ROOT, " (%+.1f%%)", 100 * (score.getScore() / base.getScore() - 1)));
                }
                md.append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }
}
