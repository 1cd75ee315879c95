package leakbench.matrix;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.util.Optional;

/**
 * The benchmarks the user's JMH regexes select, read from the jar's benchmark list before anything runs.
 * A benchmark whose own {@code @Fork(jvmArgs)} selects a collector (an Epsilon baseline, say) cannot take
 * part in {@code --gc} cells: two collectors on one command line stop the JVM. Such benchmarks are
 * {@link #ownCollector() set aside}, named in run.json, and excluded from every cell.
 */
record Selection(List<String> runnable, Map<String, String> ownCollector, Map<String, List<Map<String, String>>> paramSets,
                 Map<String, Double> forkSeconds) {
    private static final Pattern COLLECTOR_FLAG = Pattern.compile("-XX:\\+Use\\w+GC");
    /** JVM start, JMH set-up and teardown of one fork, beside its iterations (measured here: about a second). */
    private static final double FORK_OVERHEAD_SECONDS = 1.5;

    /** The benchmarks of {@code list} the user's regexes select; {@code quick}: fork times use {@code --quick}'s defaults. */
    static Selection of(List<String> jmhArgs, boolean collectorsVaried, boolean quick, BenchmarkList list)
            throws UsageException {
        CommandLineOptions jmh;
        try {
            jmh = new CommandLineOptions(jmhArgs.toArray(new String[0]));
        } catch (CommandLineOptionException e) {
            throw new UsageException("JMH option: " + e.getMessage());
        }
        List<String> includes = jmh.getIncludes().isEmpty() ? List.of(".*") : jmh.getIncludes();
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
        Map<String, String> all = new TreeMap<>();
        Map<String, List<Map<String, String>>> paramSets = new TreeMap<>();
        Map<String, Double> forkSeconds = new TreeMap<>();
        for (BenchmarkListEntry entry : list
                .find(OutputFormatFactory.createFormatInstance(silent, VerboseMode.SILENT), includes, jmh.getExcludes())) {
            all.merge(entry.getUsername(), collectorFlag(entry), (a, b) -> a.isEmpty() ? b : a);
            paramSets.putIfAbsent(entry.getUsername(), paramSets(entry, jmh));
            // One entry per mode: a benchmark with two modes runs both in each fork of its unit.
            forkSeconds.merge(entry.getUsername(), forkSeconds(entry, jmh, quick), Double::sum);
        }
        if (all.isEmpty()) {
            throw new UsageException("no benchmark matches " + includes + " (list them with -l)");
        }
        List<String> runnable = new ArrayList<>();
        Map<String, String> own = new TreeMap<>();
        all.forEach((name, flag) -> {
            if (collectorsVaried && !flag.isEmpty()) {
                own.put(name, flag);
            } else {
                runnable.add(name);
            }
        });
        if (runnable.isEmpty()) {
            throw new UsageException("every selected benchmark chooses its collector in @Fork " + own.values()
                    + "; run it without --gc");
        }
        return new Selection(List.copyOf(runnable), own, paramSets, forkSeconds);
    }

    /** The benchmark's parameter sets as JMH will run them: its {@code @Param} values, overridden by {@code -p}. */
    private static List<Map<String, String>> paramSets(BenchmarkListEntry entry, CommandLineOptions jmh) {
        List<Map<String, String>> sets = new ArrayList<>();
        sets.add(new LinkedHashMap<>());
        Map<String, String[]> declared = entry.getParams().orElse(Map.of());
        for (String name : new TreeSet<>(declared.keySet())) {
            Collection<String> values = jmh.getParameter(name).orElse(List.of(declared.get(name)));
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> set : sets) {
                for (String value : values) {
                    Map<String, String> extended = new LinkedHashMap<>(set);
                    extended.put(name, value);
                    next.add(extended);
                }
            }
            sets = next;
        }
        return sets; // names in sorted order, as JMH lists them
    }

    /** Expected seconds of one fork of one parameter set: iterations times their length (1 s for a single shot). */
    private static double forkSeconds(BenchmarkListEntry entry, CommandLineOptions jmh, boolean quick) {
        int warmups = setting(jmh.getWarmupIterations(), quick ? 1 : null, entry.getWarmupIterations(), 5);
        int iterations = setting(jmh.getMeasurementIterations(), quick ? 3 : null, entry.getMeasurementIterations(), 5);
        boolean singleShot = !jmh.getBenchModes().isEmpty()
                ? jmh.getBenchModes().contains(Mode.SingleShotTime)
                : entry.getMode() == Mode.SingleShotTime;
        double warmupSeconds = singleShot ? 1 : seconds(jmh.getWarmupTime(), quick, entry.getWarmupTime());
        double iterationSeconds = singleShot ? 1 : seconds(jmh.getMeasurementTime(), quick, entry.getMeasurementTime());
        return FORK_OVERHEAD_SECONDS + warmups * warmupSeconds + iterations * iterationSeconds;
    }

    private static int setting(Optional<Integer> user, Integer quick,
                               Optional<Integer> annotation, int jmhDefault) {
        return user.hasValue() ? user.get() : quick != null ? quick : annotation.orElse(jmhDefault);
    }

    private static double seconds(Optional<TimeValue> user, boolean quick,
                                  Optional<TimeValue> annotation) {
        TimeValue value = user.hasValue() ? user.get()
                : quick ? TimeValue.seconds(1)
                : annotation.orElse(TimeValue.seconds(10));
        return value.convertTo(TimeUnit.MILLISECONDS) / 1000.0;
    }

    /** JMH excludes for a cell: the set-aside benchmarks, and for a per-benchmark cell every other one. */
    List<String> excludesFor(String onlyBenchmark) {
        List<String> excludes = new ArrayList<>();
        ownCollector.keySet().forEach(name -> excludes.add(exact(name)));
        if (onlyBenchmark != null) {
            runnable.stream().filter(name -> !name.equals(onlyBenchmark)).forEach(name -> excludes.add(exact(name)));
        }
        return excludes;
    }

    private static String exact(String benchmark) {
        return "^" + Pattern.quote(benchmark) + "$";
    }

    private static String collectorFlag(BenchmarkListEntry entry) {
        List<String> args = new ArrayList<>();
        for (Optional<Collection<String>> part
                : List.of(entry.getJvmArgs(), entry.getJvmArgsPrepend(), entry.getJvmArgsAppend())) {
            args.addAll(part.orElse(List.of()));
        }
        return args.stream().filter(a -> COLLECTOR_FLAG.matcher(a).matches()).findFirst().orElse("");
    }
}
