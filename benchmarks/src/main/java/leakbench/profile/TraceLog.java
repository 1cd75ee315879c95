package leakbench.profile;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The fork's side of {@code HeapGrowthProfiler:trace}: appends to one text file in the work directory the host
 * gave the fork ({@value #WORK_PROPERTY}) the live class histogram at the start of every iteration, the
 * operations of every iteration and, at the start of the last measurement iteration, the outcome of the heap
 * dump. Everything goes to the file at once, so the fork keeps nothing between iterations that the next
 * reading of the live heap would count; the host analyses the file after the fork has exited
 * ({@link TraceAnalysis}).
 *
 * <p>Format, one record per line: {@code reading PHASE ITERATION LIVE_BYTES}, followed by the histogram exactly
 * as {@code GC.class_histogram} prints it and a line {@code end}; {@code ops PHASE ITERATION OPS};
 * {@code dump PATH} or {@code dump-skipped REASON}.
 */
final class TraceLog {
    static final String WORK_PROPERTY = "leakbench.trace.work";
    static final String LOG = "trace.log";
    static final String DUMP = "heap.hprof";

    private final Path dir;

    private TraceLog(Path dir) {
        this.dir = dir;
    }

    /** The log of this fork, or null when the host set no work directory (the fork runs without the host side). */
    static TraceLog ofThisFork() {
        String work = System.getProperty(WORK_PROPERTY);
        return work == null || work.isBlank() ? null : new TraceLog(Path.of(work));
    }

    /**
     * The live class histogram. Without {@code -all} the diagnostic command first runs a full collection of its
     * own, so the histogram counts only reachable objects on every collector; it is recorded as a forced
     * collection so that no pause profiler counts it as the benchmark's.
     */
    void reading(String phase, int iteration, long liveBytes) {
        ForcedCollectionEvent span = new ForcedCollectionEvent();
        span.begin();
        String histogram;
        try {
            histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (JMException e) {
            throw new IllegalStateException("cannot take a class histogram of the heap", e);
        } finally {
            span.commit();
        }
        append("reading " + phase + " " + iteration + " " + liveBytes + "\n" + histogram.strip() + "\nend\n");
    }

    void ops(String phase, int iteration, long ops) {
        append("ops " + phase + " " + iteration + " " + ops + "\n");
    }

    void skipDump(String reason) {
        append("dump-skipped " + reason.replace('\n', ' ') + "\n");
    }

    /**
     * Dumps the live heap unless it is larger than {@code maxDumpBytes} or the disk lacks room for it; a failed
     * dump is recorded as skipped with its reason, never thrown: the benchmark's numbers do not depend on it.
     */
    void dump(long liveBytes, long maxDumpBytes) {
        if (liveBytes > maxDumpBytes) {
            skipDump("live heap " + mib(liveBytes) + " above the dump limit " + mib(maxDumpBytes)
                    + " (option maxDump)");
            return;
        }
        Path file = dir.resolve(DUMP);
        try {
            long free = Files.getFileStore(dir).getUsableSpace();
            if (free < 2 * liveBytes + (64L << 20)) {
                skipDump("only " + mib(free) + " free for a dump of a " + mib(liveBytes) + " live heap");
                return;
            }
            ForcedCollectionEvent span = new ForcedCollectionEvent();
            span.begin();
            try {
                ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(file.toString(), true);
            } finally {
                span.commit();
            }
            append("dump " + file + "\n");
        } catch (IOException | RuntimeException e) {
            skipDump("the heap dump failed: " + e);
        }
    }

    private void append(String text) {
        try {
            Files.writeString(dir.resolve(LOG), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the trace log in " + dir, e);
        }
    }

    static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }
}
