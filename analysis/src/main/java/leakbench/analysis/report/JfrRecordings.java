package leakbench.analysis.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedObject;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import leakbench.analysis.model.BenchmarkResult;

/**
 * Finds the recordings of JMH's JFR profiler ({@code -prof jfr:dir=DIR/jfr}) below the results' directory and
 * summarises them: the top allocation sites ({@code jdk.ObjectAllocationSample}, the seed's tracemalloc "top 10")
 * and, for benchmarks with a LEAK verdict, the old-object samples ({@code jdk.OldObjectSample}). JMH names a
 * recording's directory by benchmark, mode and params only ({@code BENCHMARK-MODE-PARAM-VALUE.../profile.jfr}), so a
 * recording is matched to a benchmark, not to a GC cell.
 */
public final class JfrRecordings {

    static final int TOP = 10;
    private static final int MAX_DEPTH = 4;

    private JfrRecordings() {
    }

    public static List<JfrSummary> beside(Path results, List<BenchmarkResult> all, Set<String> leaking,
                                          List<String> notes) {
        Path dir = results.toAbsolutePath().getParent();
        List<JfrSummary> summaries = new ArrayList<>();
        if (dir == null) {
            return summaries;
        }
        List<Path> files;
        try {
            files = FilesBeside.find(dir, MAX_DEPTH, ".jfr");
        } catch (IOException | UncheckedIOException e) {
            notes.add("JFR: could not search " + dir + " for recordings: " + e.getMessage());
            return summaries;
        }
        for (Path file : files) {
            String name = file.getParent().getFileName().toString();
            BenchmarkResult match = all.stream().filter(r -> name.equals(directoryName(r))).findFirst().orElse(null);
            if (match == null) {
                notes.add("JFR: " + dir.relativize(file) + " matches no result (expected JMH's directory name"
                        + " BENCHMARK-MODE-PARAM-VALUE).");
                continue;
            }
            try {
                summaries.add(summarise(dir.relativize(file).toString(), match, leaking.contains(match.benchmark()),
                        RecordingFile.readAllEvents(file)));
            } catch (IOException | RuntimeException e) {
                notes.add("JFR: " + dir.relativize(file) + " could not be read (" + e.getMessage() + ").");
            }
        }
        return summaries;
    }

    /** JMH's JavaFlightRecorderProfiler directory name for a result. */
    static String directoryName(BenchmarkResult r) {
        StringBuilder b = new StringBuilder(r.benchmark()).append('-').append(modeName(r));
        r.params().forEach((k, v) -> b.append('-').append(k).append('-').append(v));
        return b.toString();
    }

    private static String modeName(BenchmarkResult r) {
        return switch (r.mode()) {
            case THROUGHPUT -> "Throughput";
            case AVERAGE_TIME -> "AverageTime";
            case SAMPLE_TIME -> "SampleTime";
            case SINGLE_SHOT_TIME -> "SingleShotTime";
        };
    }

    static JfrSummary summarise(String file, BenchmarkResult r, boolean leaking, List<RecordedEvent> events) {
        Map<List<String>, Double> allocated = new HashMap<>();
        Map<List<String>, Double> old = new HashMap<>();
        boolean roots = false;
        for (RecordedEvent e : events) {
            if (!isBenchmarkThread(e)) {
                continue;
            }
            String type = e.getEventType().getName();
            if (type.equals("jdk.ObjectAllocationSample")) {
                allocated.merge(List.of(applicationFrame(e.getStackTrace()), typeName(e.getClass("objectClass").getName()), ""),
                        (double) e.getLong("weight"), Double::sum);
            } else if (leaking && type.equals("jdk.OldObjectSample")) {
                String root = rootOf(e);
                roots |= !root.isEmpty();
                RecordedObject object = e.getValue("object");
                String objectType = object == null || object.getValue("type") == null ? "?"
                        : typeName(((jdk.jfr.consumer.RecordedClass) object.getValue("type")).getName());
                old.merge(List.of(applicationFrame(e.getStackTrace()), objectType, root), 1.0, Double::sum);
            }
        }
        return new JfrSummary(r.benchmark(), FilesBeside.params(r), file, top(allocated), top(old), roots);
    }

    private static List<JfrSummary.Site> top(Map<List<String>, Double> amounts) {
        double total = amounts.values().stream().mapToDouble(Double::doubleValue).sum();
        return amounts.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<List<String>, Double> e) -> -e.getValue()))
                .limit(TOP)
                .map(e -> new JfrSummary.Site(e.getKey().get(0), e.getKey().get(1), e.getValue(),
                        e.getValue() / total, e.getKey().get(2)))
                .toList();
    }

    /** JMH runs the benchmark in threads named {@code BENCHMARK-jmh-worker-N}; JFR's own threads are noise here. */
    private static boolean isBenchmarkThread(RecordedEvent e) {
        return e.getThread() != null && e.getThread().getJavaName() != null
                && e.getThread().getJavaName().contains("-jmh-worker-");
    }

    private static String applicationFrame(RecordedStackTrace stack) {
        if (stack == null) {
            return "(stack trace not recorded)";
        }
        for (RecordedFrame f : stack.getFrames()) {
            String type = f.getMethod().getType().getName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")
                    && !type.startsWith("org.openjdk.jmh.") && !type.contains(".jmh_generated.")) {
                return type + "." + f.getMethod().getName() + (f.getLineNumber() > 0 ? ":" + f.getLineNumber() : "");
            }
        }
        RecordedFrame top = stack.getFrames().isEmpty() ? null : stack.getFrames().get(0);
        return top == null ? "(empty stack trace)" : top.getMethod().getType().getName() + "." + top.getMethod().getName();
    }

    /** JFR names array classes by descriptor ({@code [B}, {@code [Ljava.lang.String;}); Java source names read better. */
    static String typeName(String name) {
        int dims = 0;
        while (dims < name.length() && name.charAt(dims) == '[') {
            dims++;
        }
        if (dims == 0) {
            return name;
        }
        String element = name.substring(dims);
        String base = switch (element) {
            case "B" -> "byte";
            case "C" -> "char";
            case "S" -> "short";
            case "I" -> "int";
            case "J" -> "long";
            case "F" -> "float";
            case "D" -> "double";
            case "Z" -> "boolean";
            default -> element.startsWith("L") && element.endsWith(";")
                    ? element.substring(1, element.length() - 1) : element;
        };
        return base + "[]".repeat(dims);
    }

    /** The GC root of an old-object sample: present only when the recording was dumped with path-to-gc-roots. */
    private static String rootOf(RecordedEvent e) {
        RecordedObject root = e.hasField("root") ? e.getValue("root") : null;
        if (root == null) {
            return "";
        }
        String system = root.hasField("system") ? String.valueOf(root.getValue("system")) : "";
        String kind = root.hasField("type") ? String.valueOf(root.getValue("type")) : "";
        String description = root.hasField("description") ? String.valueOf(root.getValue("description")) : "";
        return (system + " " + kind + " " + description).trim();
    }
}
