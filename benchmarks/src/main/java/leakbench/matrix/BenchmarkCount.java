package leakbench.matrix;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * How many benchmark runs (method x mode x parameter combination) JMH will make for the given options and extra
 * excludes: the "n" of the progress lines. Counted from the jar's benchmark list as JMH expands it: a {@code -p}
 * value list replaces the annotation's, every other param keeps its {@code @Param} values, {@code -bm} replaces the
 * modes.
 */
final class BenchmarkCount {
    private BenchmarkCount() {
    }

    static int of(List<String> jmhArgs, List<String> excludes) {
        CommandLineOptions jmh;
        try {
            jmh = new CommandLineOptions(jmhArgs.toArray(new String[0]));
        } catch (CommandLineOptionException e) {
            return 0; // validated before the run; an unknown count only costs the progress its "of n"
        }
        List<String> includes = jmh.getIncludes().isEmpty() ? List.of(".*") : jmh.getIncludes();
        List<String> allExcludes = new java.util.ArrayList<>(jmh.getExcludes());
        allExcludes.addAll(excludes);
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
        int modes = jmh.getBenchModes().isEmpty() ? 1 : jmh.getBenchModes().size();
        int runs = 0;
        for (BenchmarkListEntry entry : BenchmarkList.defaultList()
                .find(OutputFormatFactory.createFormatInstance(silent, VerboseMode.SILENT), includes, allExcludes)) {
            int combinations = 1;
            Map<String, String[]> params = entry.getParams().orElse(Map.of());
            for (Map.Entry<String, String[]> param : params.entrySet()) {
                Collection<String> given = jmh.getParameter(param.getKey()).orElse(null);
                combinations *= given != null ? given.size() : param.getValue().length;
            }
            runs += combinations * (jmh.getBenchModes().isEmpty() ? 1 : modes);
        }
        return runs;
    }
}
