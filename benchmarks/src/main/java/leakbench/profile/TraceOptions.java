package leakbench.profile;

import java.nio.file.Path;
import java.util.Locale;
import org.openjdk.jmh.profile.ProfilerException;

/**
 * The options of {@code -prof leakbench.profile.HeapGrowthProfiler:OPTIONS}, separated by {@code ;} or {@code ,}:
 * {@code trace=true} (class histogram per iteration, heap dump and root paths at the end of a growing fork),
 * {@code trace=keep} (the same, and the dump is kept beside the trace file), {@code trace=false} (the default:
 * nothing of the trace runs), {@code dir=PATH} (where the trace files go, default the working directory, where
 * JMH writes its results) and {@code maxDump=SIZE} (no dump when the live heap is larger, default
 * {@value #DEFAULT_MAX_DUMP_TEXT}; {@code k}, {@code m}, {@code g} suffixes).
 */
record TraceOptions(Mode mode, Path dir, long maxDumpBytes) {
    enum Mode { OFF, ON, KEEP }

    static final String DEFAULT_MAX_DUMP_TEXT = "512m";
    static final long DEFAULT_MAX_DUMP = 512L << 20;
    static final TraceOptions OFF = new TraceOptions(Mode.OFF, Path.of("."), DEFAULT_MAX_DUMP);

    boolean tracing() {
        return mode != Mode.OFF;
    }

    static TraceOptions parse(String options) throws ProfilerException {
        if (options == null || options.isBlank()) {
            return OFF;
        }
        Mode mode = Mode.OFF;
        Path dir = Path.of(".");
        long maxDump = DEFAULT_MAX_DUMP;
        for (String option : options.split("[;,]")) {
            String o = option.strip();
            if (o.isEmpty()) {
                continue;
            }
            int eq = o.indexOf('=');
            String key = eq < 0 ? o : o.substring(0, eq);
            String value = eq < 0 ? "" : o.substring(eq + 1).strip();
            switch (key) {
                case "trace" -> mode = switch (value.toLowerCase(Locale.ROOT)) {
                    case "true" -> Mode.ON;
                    case "keep" -> Mode.KEEP;
                    case "false" -> Mode.OFF;
                    default -> throw bad("trace takes true, keep or false, got '" + value + "'");
                };
                case "dir" -> {
                    if (value.isEmpty()) {
                        throw bad("dir needs a path");
                    }
                    dir = Path.of(value);
                }
                case "maxDump" -> maxDump = size(value);
                default -> throw bad("unknown option '" + o + "'");
            }
        }
        return new TraceOptions(mode, dir, maxDump);
    }

    private static long size(String text) throws ProfilerException {
        String t = text.toLowerCase(Locale.ROOT);
        long unit = 1;
        if (t.endsWith("k") || t.endsWith("m") || t.endsWith("g")) {
            unit = 1L << (10 * ("kmg".indexOf(t.charAt(t.length() - 1)) + 1));
            t = t.substring(0, t.length() - 1);
        }
        try {
            long n = Long.parseLong(t);
            if (n <= 0) {
                throw bad("maxDump must be positive, got '" + text + "'");
            }
            return Math.multiplyExact(n, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw bad("maxDump takes a size such as 512m, got '" + text + "'");
        }
    }

    private static ProfilerException bad(String message) {
        return new ProfilerException("HeapGrowthProfiler: " + message
                + " (options: trace=true|keep|false; dir=PATH; maxDump=SIZE)");
    }
}
