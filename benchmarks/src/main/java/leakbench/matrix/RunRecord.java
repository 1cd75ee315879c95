package leakbench.matrix;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The content of {@code run.json}: what ran, where, and how each cell ended. {@code ownCollector}: selected
 * benchmarks left out of {@code --gc} cells because their {@code @Fork} chooses a collector (name to flag).
 * An interleaved comparison ({@code --compare-with}) has {@code compare} (base and candidate jars, pairs, order),
 * {@code units} and {@code forks} instead of {@code cells}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RunRecord(
        String tool,
        String status,
        String started,
        String finished,
        List<String> commandLine,
        Map<String, Object> machine,
        Map<String, Object> git,
        List<JdkRecord> jdks,
        Map<String, Object> grid,
        String shard,
        List<MinHeapRecord> minHeap,
        Map<String, String> ownCollector,
        List<CellRecord> cells,
        List<String> mergedFrom,
        Map<String, Object> compare,
        List<UnitRecord> units,
        List<ForkRecord> forks) {

    static final String RUNNING = "running";
    static final String COMPLETE = "complete";
    static final String INTERRUPTED = "interrupted";

    record JdkRecord(String requested, String home, String version, int major) {
        static JdkRecord of(Jdk jdk) {
            return new JdkRecord(jdk.requested(), jdk.home().toString(), jdk.version(), jdk.major());
        }
    }

    /** One cell. {@code outcome}: pending, ok, out-of-memory, failed, unsupported, interrupted. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CellRecord(int number, String label, String collector, String heap, Long heapBytes, String young,
                      String jdk, String jdkVersion, String benchmark, Map<String, String> params, List<String> jvmArgs,
                      String outcome, String reason, Double seconds, String log, List<BenchmarkOutcome> benchmarks) {
        CellRecord withOutcome(String newOutcome, String newReason) {
            return new CellRecord(number, label, collector, heap, heapBytes, young, jdk, jdkVersion, benchmark, params,
                    jvmArgs, newOutcome, newReason, seconds, log, benchmarks);
        }
    }

    /**
     * One unit of an interleaved comparison: benchmark x params x GC cell. {@code pairs}: pairs finished with both
     * forks' results; {@code inBase}: false when BASE_JAR lacks the benchmark (then nothing of it runs).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UnitRecord(int number, String label, String benchmark, Map<String, String> params, int cell, String cellLabel,
                      String collector, String heap, String jdk, String jdkVersion, List<String> jvmArgs, boolean inBase,
                      int pairs) {
    }

    /**
     * One single-fork run of an interleaved comparison: its {@code unit}, {@code side} (base, candidate), {@code pair}
     * (1..N), {@code position} in the pair (1 runs first), {@code sequence} in the whole run, and how it ended.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ForkRecord(int sequence, int unit, String side, int pair, int position, String outcome, String reason,
                      String started, Double seconds, String log) {
        ForkRecord withOutcome(String newOutcome, String newReason) {
            return new ForkRecord(sequence, unit, side, pair, position, newOutcome, newReason, started, seconds, log);
        }
    }

    /** The smallest heap that completed a benchmark's run, with every trial of the bisection. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MinHeapRecord(String benchmark, String collector, String jdk, String outcome, Long bytes, String heap,
                         String reason, List<Trial> trials) {
    }

    record Trial(String heap, long bytes, String outcome, double seconds) {
    }
}
