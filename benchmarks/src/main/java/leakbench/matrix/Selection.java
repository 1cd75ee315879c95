package leakbench.matrix;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The benchmarks the user's JMH regexes select, read from the jar's benchmark list before anything runs.
 * A benchmark whose own {@code @Fork(jvmArgs)} selects a collector (an Epsilon baseline, say) cannot take
 * part in {@code --gc} cells: two collectors on one command line stop the JVM. Such benchmarks are
 * {@link #ownCollector() set aside}, named in run.json, and excluded from every cell.
 */
record Selection(List<String> runnable, Map<String, String> ownCollector) {
    private static final Pattern COLLECTOR_FLAG = Pattern.compile("-XX:\\+Use\\w+GC");

    static Selection of(List<String> jmhArgs, boolean collectorsVaried, BenchmarkList list) throws UsageException {
        CommandLineOptions jmh;
        try {
            jmh = new CommandLineOptions(jmhArgs.toArray(new String[0]));
        } catch (CommandLineOptionException e) {
            throw new UsageException("JMH option: " + e.getMessage());
        }
        List<String> includes = jmh.getIncludes().isEmpty() ? List.of(".*") : jmh.getIncludes();
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
        Map<String, String> all = new TreeMap<>();
        for (BenchmarkListEntry entry : list
                .find(OutputFormatFactory.createFormatInstance(silent, VerboseMode.SILENT), includes, jmh.getExcludes())) {
            all.merge(entry.getUsername(), collectorFlag(entry), (a, b) -> a.isEmpty() ? b : a);
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
        return new Selection(List.copyOf(runnable), own);
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
        for (org.openjdk.jmh.util.Optional<Collection<String>> part
                : List.of(entry.getJvmArgs(), entry.getJvmArgsPrepend(), entry.getJvmArgsAppend())) {
            args.addAll(part.orElse(List.of()));
        }
        return args.stream().filter(a -> COLLECTOR_FLAG.matcher(a).matches()).findFirst().orElse("");
    }
}
