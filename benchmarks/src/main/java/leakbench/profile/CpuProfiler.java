package leakbench.profile;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * What an iteration cost in CPU, and how much of it was the collector's and the JIT's.
 *
 * <p>Emits per iteration {@code cpu.process} (ms, CPU time of all the fork's threads,
 * {@code com.sun.management.OperatingSystemMXBean.getProcessCpuTime}), {@code cpu.gc} (ms, CPU time of the
 * JVM's GC threads) and {@code cpu.jit} (ms, its compiler threads), each also as {@code .norm} in ns/op (the
 * iteration's CPU over its operations as JMH counts them). GC and compiler threads are not Java threads, so no
 * Java API sees them: on Linux the profiler reads every native thread's name and CPU time from
 * {@code /proc/self/task} ({@link TaskCpu}) and tells GC and JIT threads by HotSpot's names ({@link ThreadKind}).
 * Under Serial, which collects on the VM Thread, {@code cpu.gc} is the VM Thread's time (said once on stderr);
 * under Epsilon it is 0. Threads that start or die inside an iteration count ({@link IterationCpu}).
 * Elsewhere than Linux only {@code cpu.process} is emitted, and the profiler says so once.
 *
 * <p>Its window is from its {@code beforeIteration} to its {@code afterIteration}. JMH starts profilers in the
 * order given and stops them in reverse, so give this one last: then another profiler's work between
 * iterations (HeapGrowthProfiler's forced collections, GcPauseProfiler's wait for JFR) falls outside it.
 * Reading costs about a millisecond of CPU per iteration, outside the measured time.
 *
 * <p>Use: {@code java -jar benchmarks.jar -prof leakbench.profile.CpuProfiler ...}
 */
public final class CpuProfiler implements InternalProfiler {
    static final String PROCESS = "cpu.process";
    static final String GC = "cpu.gc";
    static final String JIT = "cpu.jit";

    private static final double NANOS_PER_MS = 1e6;

    private final com.sun.management.OperatingSystemMXBean os = ManagementFactory
            .getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);
    private final boolean perThread = TaskCpu.isSupported();
    private final boolean serial = isSerial();
    private boolean told;
    private long processAtStart;
    private Map<Long, TaskCpu.Sample> threadsAtStart = Map.of();

    public CpuProfiler() {
    }

    /** JMH hands the text after {@code -prof CpuProfiler:} to this constructor; there are no options. */
    public CpuProfiler(String options) throws ProfilerException {
        if (options != null && !options.isBlank()) {
            throw new ProfilerException("CpuProfiler takes no options, got '" + options + "'");
        }
    }

    @Override
    public String getDescription() {
        return "CPU time per iteration of the process, the GC threads and the JIT threads"
                + " (cpu.process, cpu.gc, cpu.jit in ms, .norm in ns/op)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        tellOnce();
        // Process time first here and last at the end: its window encloses the threads' window, so what the
        // process spent beyond the live threads is never negative.
        processAtStart = os.getProcessCpuTime();
        threadsAtStart = perThread ? TaskCpu.read() : Map.of();
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        Map<Long, TaskCpu.Sample> threadsAtEnd = perThread ? TaskCpu.read() : Map.of();
        long process = os.getProcessCpuTime() - processAtStart;
        long ops = result.getMetadata().getAllOps();
        List<Result> results = new ArrayList<>(6);
        add(results, PROCESS, process, ops);
        if (perThread) {
            IterationCpu cpu = IterationCpu.between(threadsAtStart, threadsAtEnd, process, serial);
            add(results, GC, cpu.gcNanos(), ops);
            add(results, JIT, cpu.jitNanos(), ops);
        }
        threadsAtStart = Map.of();
        return results;
    }

    private static void add(List<Result> results, String label, long nanos, long ops) {
        results.add(new ScalarResult(label, nanos / NANOS_PER_MS, "ms", AggregationPolicy.AVG));
        results.add(new ScalarResult(label + ".norm", ops > 0 ? (double) nanos / ops : Double.NaN, "ns/op",
                AggregationPolicy.AVG));
    }

    private void tellOnce() {
        if (told) {
            return;
        }
        told = true;
        if (!perThread) {
            System.err.println("CpuProfiler: per-thread CPU needs Linux's /proc/self/task, which this system does"
                    + " not have; only cpu.process is reported (no cpu.gc, no cpu.jit).");
        } else if (serial) {
            System.err.println("CpuProfiler: Serial collects on the VM Thread, so cpu.gc is the VM Thread's CPU"
                    + " time (it also runs the VM's other safepoint operations).");
        }
    }

    /** Serial's beans are "Copy" and "MarkSweepCompact" on every release this project runs on. */
    private static boolean isSerial() {
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (bean.getName().equals("Copy") || bean.getName().equals("MarkSweepCompact")) {
                return true;
            }
        }
        return false;
    }
}
