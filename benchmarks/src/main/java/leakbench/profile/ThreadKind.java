package leakbench.profile;

import java.util.List;

/**
 * What a native thread of this JVM works for, told by the name HotSpot gives it ({@code os::set_native_thread_name},
 * at most 15 characters in {@code /proc/self/task/TID/comm}). The names below were checked on this project's
 * machine with JDK 17.0.15 and 25.0.3 under all six collectors:
 * <ul>
 *   <li>Parallel and G1 pause workers: {@code GC Thread#N}; G1 also {@code G1 Conc#N}, {@code G1 Refine#N},
 *       {@code G1 Main Marker}, {@code G1 Service};</li>
 *   <li>ZGC 17: {@code ZWorker#N}, {@code ZDriver}, {@code ZDirector}, {@code ZStat}, {@code ZUncommitter},
 *       {@code ZUnmapper}; ZGC 25: {@code ZWorkerYoung#N}, {@code ZWorkerOld#N}, {@code ZDriverMinor},
 *       {@code ZDriverMajor}, {@code ZDirector}, {@code ZStat}, {@code ZUncommitter#N}; both: {@code RuntimeWorker#N}
 *       (ZGC's own workers, lent to the VM for parallel safepoint and heap-walk tasks);</li>
 *   <li>Shenandoah: {@code Shenandoah Cont} (control thread) and {@code Shenandoah GC T} (its workers);</li>
 *   <li>string deduplication, any collector: {@code StringDedupProc} (17), {@code StringDedupThre} (25);</li>
 *   <li>Serial has no GC thread: it collects on the {@code VM Thread}, which is therefore GC under Serial
 *       (and also runs the VM's other safepoint operations, a small share in a benchmark);</li>
 *   <li>Epsilon has none at all;</li>
 *   <li>JIT: {@code C1 CompilerThre}, {@code C2 CompilerThre} (JVMCI compilers: {@code JVMCI...}).</li>
 * </ul>
 * Under Parallel and G1 the VM Thread runs the pause's serial steps too; it is not counted as GC there, as in
 * JDK 25's own {@code sun.threads.total_gc_cpu_time} counter (checked here: workers, concurrent and service
 * threads, no VM Thread).
 */
enum ThreadKind {
    GC,
    JIT,
    OTHER;

    private static final List<String> GC_PREFIXES = List.of(
            "GC Thread#", "G1 ", "ZWorker", "ZDriver", "ZDirector", "ZStat", "ZUncommitter", "ZUnmapper",
            "RuntimeWorker", "Shenandoah", "StringDedup");
    private static final String VM_THREAD = "VM Thread";

    /** The kind of the thread named {@code comm}; {@code serial} when this JVM runs the Serial collector. */
    static ThreadKind of(String comm, boolean serial) {
        if (serial && comm.equals(VM_THREAD)) {
            return GC;
        }
        for (String prefix : GC_PREFIXES) {
            if (comm.startsWith(prefix)) {
                return GC;
            }
        }
        if (comm.matches("(C1|C2|JVMCI)[ -].*Comp.*") || comm.matches("(C1|C2) CompilerThre.*")) {
            return JIT;
        }
        return OTHER;
    }
}
