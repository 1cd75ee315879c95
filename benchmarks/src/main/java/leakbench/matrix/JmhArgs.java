package leakbench.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * The user's JMH arguments split into options (each with its value) and benchmark regexes, so that a run of one
 * unit can replace what the launcher decides (the regexes, {@code -p}, {@code -f}, {@code -jvm}, the result file)
 * and keep everything else in the user's order.
 *
 * <p>JMH 1.37's options all take exactly one value except the listing ones ({@code -h}, {@code -l}, {@code -lp},
 * {@code -lprof}, {@code -lrf}), which a matrix run refuses anyway; a value may start with a dash
 * ({@code -jvmArgsAppend -Xmx1g}), so the token after an option is always its value.
 */
record JmhArgs(List<List<String>> options, List<String> regexes, List<String> jvmArgsAppend) {
    private static final Set<String> NO_VALUE = Set.of("-h", "-l", "-lp", "-lprof", "-lrf");

    static JmhArgs of(List<String> args) {
        List<List<String>> options = new ArrayList<>();
        List<String> regexes = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-") || arg.equals("-")) {
                regexes.add(arg);
            } else if (NO_VALUE.contains(arg) || arg.contains("=") || i + 1 == args.size()) {
                options.add(List.of(arg));
            } else {
                options.add(List.of(arg, args.get(++i)));
            }
        }
        List<String> append;
        try {
            // JMH's own reading: one -jvmArgsAppend is split at spaces, several are taken whole.
            append = List.copyOf(new CommandLineOptions(args.toArray(new String[0])).getJvmArgsAppend().orElse(List.of()));
        } catch (CommandLineOptionException e) {
            throw new IllegalArgumentException("JMH options were validated before: " + e.getMessage(), e);
        }
        return new JmhArgs(List.copyOf(options), List.copyOf(regexes), append);
    }

    /** Whether the user gave option {@code name} ({@code -f}, {@code -wi}...). */
    boolean has(String name) {
        return options.stream().anyMatch(o -> name(o).equals(name));
    }

    /** The options, flattened, without those named; the regexes are not included. */
    List<String> optionsWithout(Set<String> names) {
        List<String> kept = new ArrayList<>();
        options.stream().filter(o -> !names.contains(name(o))).forEach(kept::addAll);
        return kept;
    }

    private static String name(List<String> option) {
        String first = option.get(0);
        int eq = first.indexOf('=');
        return eq > 0 ? first.substring(0, eq) : first;
    }
}
