package leakbench.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Thread names, /proc parsing and per-iteration accounting of CpuProfiler, without forking a JVM. */
class CpuAccountingTest {

    @ParameterizedTest(name = "{0} (serial={1}) is {2}")
    @CsvSource(delimiter = '|', value = {
        // Names as seen in /proc/self/task/*/comm on this machine, JDK 17.0.15 and 25.0.3.
        "GC Thread#0|false|GC", "G1 Conc#0|false|GC", "G1 Refine#0|false|GC", "G1 Main Marker|false|GC",
        "G1 Service|false|GC", "ZWorker#0|false|GC", "ZWorkerYoung#0|false|GC", "ZWorkerOld#0|false|GC",
        "ZDriver|false|GC", "ZDriverMinor|false|GC", "ZDriverMajor|false|GC", "ZDirector|false|GC",
        "ZStat|false|GC", "ZUncommitter|false|GC", "ZUncommitter#0|false|GC", "ZUnmapper|false|GC",
        "RuntimeWorker#0|false|GC", "Shenandoah Cont|false|GC", "Shenandoah GC T|false|GC",
        "StringDedupProc|false|GC", "StringDedupThre|false|GC",
        "VM Thread|true|GC", "VM Thread|false|OTHER",
        "C1 CompilerThre|false|JIT", "C2 CompilerThre|true|JIT",
        "java|false|OTHER", "Finalizer|false|OTHER", "Sweeper thread|false|OTHER", "leakbench.calib|false|OTHER",
        "Service Thread|false|OTHER", "VM Periodic Tas|false|OTHER", "Common-Cleaner|false|OTHER"})
    void hotSpotThreadNames(String comm, boolean serial, ThreadKind expected) {
        assertEquals(expected, ThreadKind.of(comm, serial));
    }

    @Test
    void statIsParsedAfterTheLastParenthesis() {
        // A name with spaces and a ')' of its own; utime 150 and stime 50 ticks are fields 14 and 15.
        String stat = "4242 (GC Thread#0) x) S 1 4242 4242 0 -1 4194624 100 0 0 0 150 50 0 0 20 0 2 0 12 0 0";
        assertEquals(2_000_000_000L, TaskCpu.parseStat(stat));
        assertEquals(35_430_757L, TaskCpu.parseSchedstat("35430757 28405346 103\n"));
    }

    @Test
    void threadsThatStartInsideTheIterationCountFromZero() {
        Map<Long, TaskCpu.Sample> start = Map.of(1L, sample("java", 100), 2L, sample("GC Thread#0", 50));
        Map<Long, TaskCpu.Sample> end = Map.of(1L, sample("java", 400), 2L, sample("GC Thread#0", 80),
                3L, sample("GC Thread#1", 25), 4L, sample("C2 CompilerThre", 7));
        IterationCpu cpu = IterationCpu.between(start, end, 362, false);
        assertEquals(new IterationCpu(362, 30 + 25, 7), cpu);
    }

    @Test
    void aThreadIdReusedByAnotherThreadIsANewThread() {
        Map<Long, TaskCpu.Sample> start = Map.of(7L, sample("C2 CompilerThre", 900));
        Map<Long, TaskCpu.Sample> end = Map.of(7L, sample("GC Thread#1", 40));
        // The compiler thread vanished (the only kind that did): what the process spent beyond the live
        // threads (100 - 40) is its.
        assertEquals(new IterationCpu(100, 40, 60), IterationCpu.between(start, end, 100, false));
    }

    @Test
    void cpuOfThreadsThatDiedGoesToTheirKindWhenAllWereOfOneKind() {
        Map<Long, TaskCpu.Sample> start = Map.of(1L, sample("java", 0), 5L, sample("C2 CompilerThre", 10),
                6L, sample("C1 CompilerThre", 10));
        Map<Long, TaskCpu.Sample> end = Map.of(1L, sample("java", 500));
        assertEquals(new IterationCpu(620, 0, 120), IterationCpu.between(start, end, 620, false));
    }

    @Test
    void cpuOfThreadsOfSeveralKindsThatDiedStaysInTheProcessTotal() {
        Map<Long, TaskCpu.Sample> start = Map.of(1L, sample("java", 0), 5L, sample("C2 CompilerThre", 10),
                6L, sample("GC Thread#3", 10));
        Map<Long, TaskCpu.Sample> end = Map.of(1L, sample("java", 500));
        assertEquals(new IterationCpu(620, 0, 0), IterationCpu.between(start, end, 620, false));
    }

    @Test
    void serialCountsTheVmThread() {
        Map<Long, TaskCpu.Sample> start = Map.of(2L, sample("VM Thread", 10));
        Map<Long, TaskCpu.Sample> end = Map.of(2L, sample("VM Thread", 90));
        assertEquals(80, IterationCpu.between(start, end, 100, true).gcNanos());
        assertEquals(0, IterationCpu.between(start, end, 100, false).gcNanos());
    }

    private static TaskCpu.Sample sample(String name, long cpuNanos) {
        return new TaskCpu.Sample(name, cpuNanos);
    }
}
