package leakbench.matrix;

import java.util.ArrayList;
import java.util.List;

/**
 * One cell of the grid: a JDK, and optionally a collector, a heap, a young generation size and (for heap
 * multiples, which depend on each benchmark's minimum heap) a single benchmark. {@code null} means "not
 * varied": the JVM's default collector, the benchmark's own {@code -Xmx}, every selected benchmark.
 */
record Cell(int number, Jdk jdk, Collector collector, HeapSpec heap, Long young, String benchmark) {

    /** {@code g1 512m young=64m jdk25}, plus the benchmark's short name for per-benchmark cells. */
    String label() {
        List<String> parts = new ArrayList<>();
        parts.add(collector == null ? "default-gc" : collector.label());
        if (heap != null) {
            parts.add(heap.label());
        }
        if (young != null) {
            parts.add("young=" + Size.format(young));
        }
        parts.add(jdk.label());
        if (benchmark != null) {
            parts.add(shortName(benchmark));
        }
        return String.join(" ", parts);
    }

    /** File-name stem for the cell's log and result: {@code 003-g1-512m-jdk25}. */
    String fileStem() {
        return String.format("%03d-%s", number, label().replaceAll("[^A-Za-z0-9.]+", "-"));
    }

    /** The JVM flags that make this cell; {@code heapBytes} is the resolved heap (0: not set). */
    List<String> jvmFlags(long heapBytes) {
        List<String> flags = new ArrayList<>();
        if (collector != null) {
            flags.addAll(collector.flags(jdk.major()));
        }
        if (heapBytes > 0) {
            flags.add("-Xms" + Size.format(heapBytes));
            flags.add("-Xmx" + Size.format(heapBytes));
        }
        if (young != null) {
            flags.add("-Xmn" + Size.format(young));
        }
        // The fork stops at the first OutOfMemoryError instead of limping on with JMH's own threads starved.
        flags.add("-XX:+ExitOnOutOfMemoryError");
        return flags;
    }

    static String shortName(String benchmark) {
        String[] parts = benchmark.split("\\.");
        return parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : benchmark;
    }
}
