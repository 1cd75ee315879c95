package leakbench.analysis.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import leakbench.analysis.report.LeakWhy;

/**
 * "Why it leaks": for every LEAK row with a trace, one line: what grows per call, how much of the measured growth
 * that explains, and the path from a GC root that keeps it. Shown inside the scenario's collapsed details, beside
 * the growth table whose LEAK rows it explains; its own piece, so that other sections can change around it.
 */
final class WhySection {
    /** Types shown per row; the trace file and report.json have them all. */
    static final int TYPES_SHOWN = 3;
    private static final Pattern LAMBDA = Pattern.compile("\\$\\$Lambda(\\$\\d+)?([+/]0x[0-9a-fA-F]+)?");

    private WhySection() {
    }

    /** What the "why it leaks" tables in the scenarios' details say; once, before the scenarios. */
    static Block.Paragraph legend() {
        return new Block.Paragraph("Why it leaks (in each scenario's details, for every LEAK row), from"
                + " HeapGrowthProfiler:trace=true. Growing types: the"
                + " classes whose live instance count (class histogram at the start of every iteration) never falls"
                + " and grows with the calls, per call, from the end of warm-up to the last reading before JMH"
                + " releases the state; explained: their bytes per call over the row's retained bytes per call."
                + " Held by: the shortest strong reference path from a GC root to sampled instances of the fastest-"
                + "growing type in a heap dump taken at the start of the last measurement iteration (LeakCanary's"
                + " Shark; weak, soft and phantom referents do not count), with how many of the samples share it;"
                + " steps marked [harness] are JMH's (its generated state classes, its thread's maps), the step"
                + " marked \"retains\" is the collection that dominates the instances (Shark's estimate), xN a"
                + " linked list walked N times.");
    }

    /** One scenario's LEAK rows with their types and root path, shown in the scenario's details; none: nothing. */
    static List<Block> blocks(List<LeakWhy> why) {
        if (why.isEmpty()) {
            return List.of();
        }
        List<List<String>> rows = new ArrayList<>();
        for (LeakWhy w : why) {
            rows.add(List.of(w.variant().method(), w.cell().label(), types(w), HumanUnits.percent(w.explained()),
                    w.path().isEmpty() ? "(" + w.reason() + ")"
                            : w.path() + " [" + w.sharing() + " of " + w.sampled() + " sampled " + shortName(w.pathType())
                                    + "]"));
        }
        return List.of(new Block.Paragraph("Why it leaks:"),
                new Block.Table(List.of("variant", "GC cell", "grows per call", "explained", "held by"), rows,
                        Set.of()));
    }

    private static String types(LeakWhy w) {
        if (w.types().isEmpty()) {
            return "(none listed)";
        }
        List<String> shown = new ArrayList<>();
        for (LeakWhy.GrowingType t : w.types().subList(0, Math.min(TYPES_SHOWN, w.types().size()))) {
            shown.add(shortName(t.type()) + ": " + String.format(Locale.ROOT, "%s (%s)",
                    HumanUnits.plain(t.instancesPerCall()), HumanUnits.bytes(t.bytesPerCall())));
        }
        int more = w.types().size() - shown.size();
        return String.join("; ", shown) + (more > 0 ? "; +" + more + " more" : "");
    }

    /** JDK classes by simple name, lambdas without their address. */
    static String shortName(String type) {
        String t = LAMBDA.matcher(type).replaceAll(java.util.regex.Matcher.quoteReplacement("$$Lambda"));
        boolean jdk = t.startsWith("java.") || t.startsWith("javax.") || t.startsWith("jdk.") || t.startsWith("sun.");
        if (!jdk) {
            return t;
        }
        int bracket = t.indexOf('[');
        return t.substring(t.lastIndexOf('.', bracket < 0 ? t.length() : bracket) + 1);
    }
}
