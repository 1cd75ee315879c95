package leakbench.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fork's {@link TraceLog} as read by the host: the readings in iteration order, the operations of every
 * iteration and the dump's outcome. Class names are turned from the JVM's form ({@code [B},
 * {@code [Ljava.lang.Object;}) into the Java form ({@code byte[]}, {@code java.lang.Object[]}) that heap dumps use.
 */
record TraceReadings(List<Reading> readings, Map<String, Long> opsByIteration, Path dump, String dumpSkipped) {

    /** The live heap and the class histogram at the start of one iteration. */
    record Reading(String phase, int iteration, long liveBytes, Map<String, Counts> classes) {
        String key() {
            return phase + " " + iteration;
        }
    }

    /** Instances and bytes of one class in one histogram. */
    record Counts(long instances, long bytes) {
    }

    static TraceReadings read(Path log) throws IOException {
        List<Reading> readings = new ArrayList<>();
        Map<String, Long> ops = new HashMap<>();
        Path dump = null;
        String skipped = null;
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("reading ")) {
                String[] f = line.split(" ");
                Map<String, Counts> classes = new HashMap<>();
                for (i++; i < lines.size() && !lines.get(i).equals("end"); i++) {
                    histogramLine(lines.get(i), classes);
                }
                readings.add(new Reading(f[1], Integer.parseInt(f[2]), Long.parseLong(f[3]), classes));
            } else if (line.startsWith("ops ")) {
                String[] f = line.split(" ");
                ops.put(f[1] + " " + f[2], Long.parseLong(f[3]));
            } else if (line.startsWith("dump ")) {
                dump = Path.of(line.substring("dump ".length()));
            } else if (line.startsWith("dump-skipped ")) {
                skipped = line.substring("dump-skipped ".length());
            }
        }
        return new TraceReadings(readings, ops, dump, skipped);
    }

    /** {@code "   1:   12345   6789012  [B (java.base@17.0.15)"}; header, ruler and Total lines are skipped. */
    private static void histogramLine(String line, Map<String, Counts> classes) {
        String[] f = line.strip().split("\\s+", 4);
        if (f.length < 4 || !f[0].endsWith(":")) {
            return;
        }
        try {
            String name = f[3];
            int module = name.indexOf(" (");
            if (module >= 0) {
                name = name.substring(0, module);
            }
            classes.merge(javaName(name), new Counts(Long.parseLong(f[1]), Long.parseLong(f[2])),
                    (a, b) -> new Counts(a.instances() + b.instances(), a.bytes() + b.bytes()));
        } catch (NumberFormatException e) {
            // not a class line
        }
    }

    /** {@code [[I} to {@code int[][]}, {@code [Ljava.lang.String;} to {@code java.lang.String[]}. */
    static String javaName(String jvmName) {
        int dims = 0;
        while (dims < jvmName.length() && jvmName.charAt(dims) == '[') {
            dims++;
        }
        if (dims == 0) {
            return jvmName;
        }
        String element = jvmName.substring(dims);
        String base = switch (element) {
            case "Z" -> "boolean";
            case "B" -> "byte";
            case "C" -> "char";
            case "S" -> "short";
            case "I" -> "int";
            case "J" -> "long";
            case "F" -> "float";
            case "D" -> "double";
            default -> element.startsWith("L") && element.endsWith(";")
                    ? element.substring(1, element.length() - 1) : element;
        };
        return base + "[]".repeat(dims);
    }
}
