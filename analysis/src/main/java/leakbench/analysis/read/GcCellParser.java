package leakbench.analysis.read;

import java.util.List;
import java.util.Map;

import leakbench.analysis.model.GcCell;

/** Derives a {@link GcCell} from JVM arguments; like the JVM, the last occurrence of a flag wins. */
final class GcCellParser {

    private static final Map<String, String> COLLECTOR_FLAGS = Map.of(
            "-XX:+UseG1GC", "G1",
            "-XX:+UseZGC", "ZGC",
            "-XX:+UseShenandoahGC", "Shenandoah",
            "-XX:+UseParallelGC", "Parallel",
            "-XX:+UseParallelOldGC", "Parallel",
            "-XX:+UseSerialGC", "Serial",
            "-XX:+UseEpsilonGC", "Epsilon",
            "-XX:+UseConcMarkSweepGC", "CMS");

    private GcCellParser() {
    }

    static GcCell parse(List<String> jvmArgs, String jdkVersion) {
        String collector = GcCell.DEFAULT_COLLECTOR;
        String maxHeap = "";
        String initialHeap = "";
        String young = "";
        boolean generationalZ = false;
        for (String arg : jvmArgs) {
            collector = COLLECTOR_FLAGS.getOrDefault(arg, collector);
            generationalZ = arg.equals("-XX:+ZGenerational") || (generationalZ && !arg.equals("-XX:-ZGenerational"));
            maxHeap = valueAfter(arg, maxHeap, "-Xmx", "-XX:MaxHeapSize=");
            initialHeap = valueAfter(arg, initialHeap, "-Xms", "-XX:InitialHeapSize=");
            young = valueAfter(arg, young, "-Xmn", "-XX:NewSize=");
        }
        // JDK 21 and 22 run the single-generation ZGC unless -XX:+ZGenerational: two different collectors.
        if (collector.equals("ZGC") && generationalZ) {
            collector = "ZGC generational";
        }
        return new GcCell(collector, maxHeap, initialHeap, young, jdkVersion);
    }

    private static String valueAfter(String arg, String current, String... prefixes) {
        for (String prefix : prefixes) {
            if (arg.startsWith(prefix) && arg.length() > prefix.length()) {
                return arg.substring(prefix.length());
            }
        }
        return current;
    }
}
