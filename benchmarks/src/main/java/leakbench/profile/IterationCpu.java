package leakbench.profile;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * CPU time spent inside one iteration, in ns: by the whole process, by the GC's threads and by the JIT's.
 *
 * <p>Per thread it is the reading at the end minus the reading at the start; a thread that started inside the
 * iteration counts from zero (a thread id whose name changed, or whose time went down, is a new thread reusing
 * the id). A thread that died inside the iteration cannot be read at the end, but its time is in the process
 * total: what the process spent beyond the threads still alive is given to the kind of the threads that
 * vanished when they were all of one kind (as when idle compiler threads exit), and otherwise stays in the
 * process total only.
 */
record IterationCpu(long processNanos, long gcNanos, long jitNanos) {

    static IterationCpu between(Map<Long, TaskCpu.Sample> start, Map<Long, TaskCpu.Sample> end,
            long processNanos, boolean serial) {
        Map<ThreadKind, Long> byKind = new EnumMap<>(ThreadKind.class);
        long alive = 0;
        for (Map.Entry<Long, TaskCpu.Sample> thread : end.entrySet()) {
            TaskCpu.Sample now = thread.getValue();
            TaskCpu.Sample before = start.get(thread.getKey());
            boolean sameThread = before != null && before.name().equals(now.name())
                    && before.cpuNanos() <= now.cpuNanos();
            long spent = now.cpuNanos() - (sameThread ? before.cpuNanos() : 0);
            alive += spent;
            byKind.merge(ThreadKind.of(now.name(), serial), spent, Long::sum);
        }
        Set<ThreadKind> vanishedKinds = new HashSet<>();
        for (Map.Entry<Long, TaskCpu.Sample> thread : start.entrySet()) {
            TaskCpu.Sample now = end.get(thread.getKey());
            if (now == null || !now.name().equals(thread.getValue().name())) {
                vanishedKinds.add(ThreadKind.of(thread.getValue().name(), serial));
            }
        }
        long unaccounted = processNanos - alive;
        if (unaccounted > 0 && vanishedKinds.size() == 1) {
            byKind.merge(vanishedKinds.iterator().next(), unaccounted, Long::sum);
        }
        return new IterationCpu(processNanos, byKind.getOrDefault(ThreadKind.GC, 0L),
                byKind.getOrDefault(ThreadKind.JIT, 0L));
    }
}
