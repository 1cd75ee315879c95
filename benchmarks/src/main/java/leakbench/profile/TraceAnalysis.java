package leakbench.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import leakbench.profile.GrowingTypes.Growth;
import leakbench.profile.TraceReadings.Reading;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The host's side of {@code HeapGrowthProfiler:trace}, after a fork has exited: reads the fork's
 * {@link TraceLog}, fits the growing types over the traced window ({@link GrowingTypes}), finds their root paths
 * in the dump ({@link RootPaths}), writes one JSON file per fork ({@code *.trace.json}, format below) into the
 * {@code dir} option's directory and removes the work directory (the dump is moved beside the JSON with
 * {@code trace=keep}). Nothing here fails the run: whatever goes wrong becomes a stated reason in the file.
 *
 * <p>The traced window runs from the end of warm-up (the end of the first iteration when there is no warm-up,
 * so that the state's setup is left out) to the start of the last measurement iteration, the last reading
 * before JMH releases the state: the same stretch as the report's fit of {@code heap.retained}.
 *
 * <p>Format (trace v1): {@code benchmark}, {@code params}, {@code jdkVersion}, {@code jvmArgs}, {@code fork},
 * {@code pid}; {@code window} (readings, calls); {@code liveBytesPerCall} and {@code histogramBytesPerCall} (the
 * growth of the live heap and of the histogram's total over the window); {@code growingTypes} ({@code type},
 * {@code instancesPerCall}, {@code bytesPerCall}); {@code listedShare} (the listed types' bytes over the
 * histogram's growth); {@code dump} ({@code status} analysed, skipped or none, {@code reason}, {@code bytes},
 * {@code analysisSeconds}); {@code paths} (per type: {@code text}, {@code gcRoot}, {@code steps}, how many of the
 * {@code sampled} instances {@code sharing} it, {@code holderStep}).
 */
final class TraceAnalysis {
    static final String FORMAT = "leakbench trace v1";
    static final String SUFFIX = ".trace.json";
    /** Types whose root paths are looked up: the fastest-growing ones by bytes per call. */
    static final int TYPES_TRACED = 3;
    private static final Map<String, Integer> FORKS_SEEN = new HashMap<>();

    private TraceAnalysis() {
    }

    /** The reading (0-based iteration index in the fork) that opens the traced window. */
    static int windowStart(int warmups, int iterations) {
        return Math.max(0, Math.min(Math.max(1, warmups), iterations - 1));
    }

    static void analyseFork(Path work, BenchmarkParams params, long pid, TraceOptions options) {
        Map<String, Object> json = header(params, pid);
        Path dump = null;
        try {
            Path log = work.resolve(TraceLog.LOG);
            if (!Files.exists(log)) {
                json.put("dump", dumpStatus("none", "the fork wrote no trace (it ended before its first iteration,"
                        + " or its collector cannot measure retention)", -1, Double.NaN));
            } else {
                TraceReadings readings = TraceReadings.read(log);
                dump = readings.dump();
                analyse(readings, params, options, json);
            }
        } catch (IOException | RuntimeException e) {
            json.put("dump", dumpStatus("skipped", "the trace could not be analysed: " + e, -1, Double.NaN));
        } finally {
            tidy(work, dump, options, json);
        }
        write(options.dir(), json);
    }

    private static void analyse(TraceReadings readings, BenchmarkParams params, TraceOptions options,
                                Map<String, Object> json) {
        List<Reading> all = readings.readings();
        int start = windowStart(params.getWarmup().getCount(), all.size());
        double[] cumulative = cumulativeCalls(all, readings.opsByIteration(), params);
        List<Reading> window = all.subList(Math.min(start, all.size()), all.size());
        double[] calls = java.util.Arrays.copyOfRange(cumulative, Math.min(start, all.size()), all.size());
        List<Map<String, Object>> windowJson = new ArrayList<>();
        for (int i = 0; i < window.size(); i++) {
            windowJson.add(ordered("phase", window.get(i).phase(), "iteration", window.get(i).iteration(),
                    "calls", calls[i], "liveBytes", window.get(i).liveBytes()));
        }
        json.put("window", windowJson);
        if (window.size() < 2) {
            json.put("growingTypes", List.of());
            json.put("dump", dumpStatus("none", "fewer than two readings in the traced window: run at least two"
                    + " measurement iterations", -1, Double.NaN));
            return;
        }
        Growth growth = GrowingTypes.of(window, calls);
        json.put("liveBytesPerCall", growth.liveBytesPerCall());
        json.put("histogramBytesPerCall", growth.histogramBytesPerCall());
        json.put("growingTypes", growth.types());
        json.put("listedShare", growth.histogramBytesPerCall() > 0
                ? growth.listedBytesPerCall() / growth.histogramBytesPerCall() : Double.NaN);
        Path dump = readings.dump();
        if (dump == null) {
            json.put("dump", dumpStatus(readings.dumpSkipped() == null ? "none" : "skipped",
                    readings.dumpSkipped() == null ? "no dump was taken" : readings.dumpSkipped(), -1, Double.NaN));
            return;
        }
        long size = dump.toFile().length();
        if (growth.types().isEmpty()) {
            json.put("dump", dumpStatus("skipped", "no type grows with the calls: no path to look for", size,
                    Double.NaN));
        } else if (size > 2 * options.maxDumpBytes()) {
            json.put("dump", dumpStatus("skipped", "dump of " + TraceLog.mib(size) + " above twice the dump limit "
                    + TraceLog.mib(options.maxDumpBytes()) + " (option maxDump)", size, Double.NaN));
        } else {
            long started = System.nanoTime();
            try {
                List<RootPaths.RootPath> paths = RootPaths.find(dump.toFile(),
                        growth.types().subList(0, Math.min(TYPES_TRACED, growth.types().size())));
                json.put("paths", paths);
                json.put("dump", dumpStatus("analysed", paths.isEmpty()
                        ? "no sampled instance of the growing types is reachable from a GC root" : "", size,
                        (System.nanoTime() - started) / 1e9));
            } catch (OutOfMemoryError e) {
                json.put("dump", dumpStatus("skipped", "the host JVM ran out of memory analysing a "
                        + TraceLog.mib(size) + " dump (give the host JVM more -Xmx or lower maxDump)", size,
                        Double.NaN));
            } catch (Exception e) {
                json.put("dump", dumpStatus("skipped", "the dump could not be analysed: " + e, size, Double.NaN));
            }
        }
    }

    /** Calls before each reading: JMH's ops, times the batch size in single-shot mode (one op is the batch). */
    private static double[] cumulativeCalls(List<Reading> readings, Map<String, Long> ops, BenchmarkParams params) {
        boolean singleShot = params.getMode() == org.openjdk.jmh.annotations.Mode.SingleShotTime;
        double[] calls = new double[readings.size()];
        double sum = 0;
        for (int i = 0; i < readings.size(); i++) {
            calls[i] = sum;
            Reading r = readings.get(i);
            long n = ops.getOrDefault(r.key(), 0L);
            int batch = r.phase().equals("warmup") ? params.getWarmup().getBatchSize()
                    : params.getMeasurement().getBatchSize();
            sum += singleShot ? (double) n * batch : n;
        }
        return calls;
    }

    private static Map<String, Object> header(BenchmarkParams params, long pid) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("benchmark", params.getBenchmark());
        Map<String, String> p = new LinkedHashMap<>();
        params.getParamsKeys().stream().sorted().forEach(k -> p.put(k, params.getParam(k)));
        json.put("params", p);
        json.put("jdkVersion", params.getJdkVersion());
        json.put("jvmArgs", params.getJvmArgs());
        String key = baseName(params);
        int fork;
        synchronized (FORKS_SEEN) {
            fork = FORKS_SEEN.merge(key, 1, Integer::sum);
        }
        json.put("fork", fork);
        json.put("pid", pid);
        return json;
    }

    private static Map<String, Object> dumpStatus(String status, String reason, long bytes, double seconds) {
        return ordered("status", status, "reason", reason, "bytes", bytes, "analysisSeconds", seconds);
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** Removes the fork's work directory; with {@code trace=keep} the dump is moved beside the JSON first. */
    private static void tidy(Path work, Path dump, TraceOptions options, Map<String, Object> json) {
        try {
            if (dump != null && options.mode() == TraceOptions.Mode.KEEP && Files.exists(dump)) {
                Files.createDirectories(options.dir());
                Path kept = options.dir().resolve(fileName(json).replace(SUFFIX, ".hprof"));
                Files.move(dump, kept, StandardCopyOption.REPLACE_EXISTING);
                json.put("keptDump", kept.toString());
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("HeapGrowthProfiler: could not keep the dump of " + work + ": " + e);
        }
        removeWorkDirectory(work);
    }

    /** Deletes a fork's work directory and the dump in it; says so in one line when it cannot. */
    static void removeWorkDirectory(Path work) {
        if (!Files.exists(work)) {
            return;
        }
        try (Stream<Path> files = Files.walk(work)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("HeapGrowthProfiler: could not remove the trace work directory " + work + ": " + e);
        }
    }

    private static String baseName(BenchmarkParams params) {
        StringBuilder name = new StringBuilder(params.getBenchmark());
        params.getParamsKeys().stream().sorted().forEach(k -> name.append('-').append(k).append('=')
                .append(params.getParam(k)));
        return name.toString();
    }

    private static String fileName(Map<String, Object> json) {
        StringBuilder name = new StringBuilder((String) json.get("benchmark"));
        @SuppressWarnings("unchecked")
        Map<String, String> p = (Map<String, String>) json.get("params");
        p.forEach((k, v) -> name.append('-').append(k).append('=').append(v));
        name.append("-fork").append(json.get("fork")).append("-pid").append(json.get("pid")).append(SUFFIX);
        return name.toString().replaceAll("[^A-Za-z0-9._=-]", "_");
    }

    /** Written to a temporary name and moved into place, so that no reader sees half a file. */
    private static void write(Path dir, Map<String, Object> json) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(fileName(json));
            Path tmp = Files.createTempFile(dir, ".trace-", ".tmp");
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(tmp.toFile(), json);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.println("HeapGrowthProfiler trace: " + summary(json) + " (" + file + ")");
        } catch (IOException | RuntimeException e) {
            System.err.println("HeapGrowthProfiler: could not write the trace file into " + dir + ": " + e);
        }
    }

    /** The seed's "where is my memory going" in one line. */
    @SuppressWarnings("unchecked")
    static String summary(Map<String, Object> json) {
        List<GrowingTypes.GrowingType> types = (List<GrowingTypes.GrowingType>) json.getOrDefault("growingTypes",
                List.of());
        if (types.isEmpty()) {
            return "no type grows with the calls";
        }
        GrowingTypes.GrowingType top = types.get(0);
        String line = String.format(Locale.ROOT, "%s grows by %.2f instances, %.1f B per call", top.type(),
                top.instancesPerCall(), top.bytesPerCall());
        List<RootPaths.RootPath> paths = (List<RootPaths.RootPath>) json.getOrDefault("paths", List.of());
        if (!paths.isEmpty()) {
            return line + "; held by " + paths.get(0).text();
        }
        Map<String, Object> dump = (Map<String, Object>) json.get("dump");
        return line + "; no root path: " + (dump == null ? "" : dump.get("reason"));
    }

    @SuppressWarnings("unused")
    private static TimeValue unused() {
        return null;
    }
}
