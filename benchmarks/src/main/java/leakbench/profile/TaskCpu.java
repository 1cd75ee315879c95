package leakbench.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of every native thread of this process, from Linux's {@code /proc/self/task}: Java threads and the
 * JVM's own (GC, JIT, VM), which no Java API lists. Per thread it reads {@code comm} (the name) and
 * {@code schedstat} (first field: time on a CPU, in ns, the same clock as {@code CLOCK_PROCESS_CPUTIME_ID});
 * where the kernel has no schedstat it falls back to {@code stat}'s utime + stime (fields 14 and 15, in clock
 * ticks of 10 ms, parsed after the last {@code ')'} because the name in parentheses may hold spaces).
 */
final class TaskCpu {
    /** Linux's USER_HZ, fixed at 100 for user space on every architecture the JDK runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;
    private static final Path TASKS = Path.of("/proc/self/task");

    /** One thread's reading. */
    record Sample(String name, long cpuNanos) {
    }

    private TaskCpu() {
    }

    /** True where per-thread CPU can be read (Linux with /proc). */
    static boolean isSupported() {
        return Files.isDirectory(TASKS) && !read().isEmpty();
    }

    /** Thread id to its name and CPU time so far; threads that exit while being read are left out. */
    static Map<Long, Sample> read() {
        Map<Long, Sample> samples = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    samples.put(Long.parseLong(task.getFileName().toString()), new Sample(name, cpuNanos(task)));
                } catch (NoSuchFileException | UncheckedIOException gone) {
                    // The thread exited between listing and reading: its CPU is still in the process total.
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return samples;
    }

    private static long cpuNanos(Path task) throws IOException {
        Path schedstat = task.resolve("schedstat");
        if (Files.isReadable(schedstat)) {
            String text = Files.readString(schedstat).strip();
            if (!text.isEmpty()) {
                return parseSchedstat(text);
            }
        }
        return parseStat(Files.readString(task.resolve("stat")));
    }

    /** {@code schedstat}: "run_ns wait_ns timeslices"; the first field is time spent on a CPU. */
    static long parseSchedstat(String text) {
        return Long.parseLong(text.strip().split("\\s+")[0]);
    }

    /** {@code stat}: utime + stime in ns; fields counted after the last ')' (field 3, the state, comes first). */
    static long parseStat(String text) {
        String[] fields = text.substring(text.lastIndexOf(')') + 2).strip().split("\\s+");
        // fields[0] is field 3 (state), so utime (field 14) is fields[11] and stime (field 15) fields[12].
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
    }
}
