package leakbench.matrix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The arguments of one child run of JMH's own {@code org.openjdk.jmh.Main} for a step: the user's options in
 * their order, then what the launcher decides. A plain JMH command line works for any JMH jar, including a base
 * commit's jar that predates this launcher, so both sides of a comparison run the same way.
 *
 * <ul>
 *   <li>a whole cell: the user's regexes, the set-aside benchmarks excluded;</li>
 *   <li>one unit: exactly that benchmark ({@code ^name$}) and one {@code -p} per parameter, the user's {@code -p}
 *       dropped (JMH would add its values to ours);</li>
 *   <li>{@code forks} (an interleaved fork): {@code -f forks} instead of the user's {@code -f};</li>
 *   <li>{@code --quick}'s defaults for the iteration options the user did not give;</li>
 *   <li>the cell's JVM flags appended after the user's {@code -jvmArgsAppend}, so the cell's {@code -Xmx} and
 *       collector win over a benchmark's {@code @Fork(jvmArgs)}; without a user's {@code -jvmArgsAppend}, after the
 *       benchmark's own {@code @Fork(jvmArgsAppend)} ({@code ownAppend}), which JMH would otherwise drop: its
 *       {@code -jvmArgsAppend} option replaces the annotation's, it does not add to it;</li>
 *   <li>{@code -jvm}, {@code -rf json -rff FILE}: the launcher owns the JDK and the result file.</li>
 * </ul>
 */
final class JmhCommand {
    private static final Map<String, String> QUICK = quickDefaults();

    private JmhCommand() {
    }

    static List<String> arguments(JmhArgs user, boolean quick, Jdk jdk, List<String> ownAppend, List<String> cellFlags,
                                  List<String> excludes, Unit unit, Integer forks, Path result) {
        Set<String> replaced = new java.util.HashSet<>(Set.of("-jvm", "-rf", "-rff", "-jvmArgsAppend"));
        if (unit != null) {
            replaced.add("-p");
        }
        if (forks != null) {
            replaced.add("-f");
        }
        List<String> args = new ArrayList<>(user.optionsWithout(replaced));
        if (unit == null) {
            args.addAll(user.regexes());
            excludes.forEach(e -> args.addAll(List.of("-e", e)));
        } else {
            args.add("^" + Pattern.quote(unit.benchmark()) + "$");
            unit.params().forEach((name, value) -> args.addAll(List.of("-p", name + "=" + value)));
        }
        if (forks != null) {
            args.addAll(List.of("-f", forks.toString()));
        }
        if (quick) {
            QUICK.forEach((option, value) -> {
                if (!user.has(option) && !(option.equals("-f") && forks != null)) {
                    args.addAll(List.of(option, value));
                }
            });
        }
        // One -jvmArgsAppend per flag: JMH splits a lone value at spaces but takes repeated values whole.
        List<String> append = new ArrayList<>(user.has("-jvmArgsAppend") ? user.jvmArgsAppend() : ownAppend);
        append.addAll(cellFlags);
        append.forEach(flag -> args.addAll(List.of("-jvmArgsAppend", flag)));
        args.addAll(List.of("-jvm", jdk.java().toString(), "-rf", "json", "-rff", result.toString()));
        return args;
    }

    /** {@code --quick}: one fork, one warmup and three measurement iterations of a second. */
    private static Map<String, String> quickDefaults() {
        Map<String, String> quick = new java.util.LinkedHashMap<>();
        quick.put("-f", "1");
        quick.put("-wi", "1");
        quick.put("-i", "3");
        quick.put("-w", "1s");
        quick.put("-r", "1s");
        return quick;
    }
}
