package leakbench.matrix;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The smallest {@code -Xmx} (to 5% or 1 MiB) with which a benchmark's run completes, by bisection as in
 * DaCapo: double from 64m until a run completes, then halve the gap between the largest heap that failed
 * and the smallest that completed. A run that times out counts as out of memory (as in running-ng); a run
 * that fails for another reason ends the search, since no heap size would fix it.
 */
final class MinHeapSearch {
    private static final long FIRST_GUESS = 64 * Size.MIB;
    private static final double PRECISION = 0.05;

    private final CellRunner runner;
    private final BenchmarkJar jar;
    private final Path logDir;
    private final long limit;

    /** Searches the benchmarks of {@code jar} (this suite's, or {@code --jar}'s). */
    MinHeapSearch(CellRunner runner, BenchmarkJar jar, Path logDir) {
        this.runner = runner;
        this.jar = jar;
        this.logDir = logDir;
        this.limit = heapLimit();
    }

    RunRecord.MinHeapRecord search(String benchmark, List<String> others, Collector collector, Jdk jdk, Progress progress)
            throws IOException, InterruptedException {
        String gc = collector == null ? null : collector.label();
        List<RunRecord.Trial> trials = new ArrayList<>();
        long failedBelow = 0;
        long completed = 0;
        for (long heap = FIRST_GUESS; completed == 0; heap = Math.min(heap * 2, limit)) {
            TrialResult trial = trial(benchmark, others, collector, jdk, heap, trials, progress);
            if (trial == TrialResult.FAILED) {
                return record(benchmark, gc, jdk, "failed", null, "a run failed for a reason other than memory", trials);
            }
            if (trial == TrialResult.COMPLETED) {
                completed = heap;
            } else if (heap >= limit) {
                return record(benchmark, gc, jdk, "not-found", null, "no heap up to " + Size.format(limit) + " completed", trials);
            } else {
                failedBelow = heap;
            }
        }
        if (failedBelow == 0) {
            TrialResult smallest = trial(benchmark, others, collector, jdk, HeapSpec.MINIMUM, trials, progress);
            if (smallest == TrialResult.COMPLETED) {
                return record(benchmark, gc, jdk, "ok", HeapSpec.MINIMUM, null, trials);
            }
            failedBelow = HeapSpec.MINIMUM;
        }
        while (completed - failedBelow > Math.max(Size.MIB, (long) (completed * PRECISION))) {
            long middle = (failedBelow + completed) / 2 / Size.MIB * Size.MIB;
            TrialResult trial = trial(benchmark, others, collector, jdk, middle, trials, progress);
            if (trial == TrialResult.FAILED) {
                return record(benchmark, gc, jdk, "failed", null, "a run failed for a reason other than memory", trials);
            }
            if (trial == TrialResult.COMPLETED) {
                completed = middle;
            } else {
                failedBelow = middle;
            }
        }
        return record(benchmark, gc, jdk, "ok", completed, null, trials);
    }

    private enum TrialResult { COMPLETED, OUT_OF_MEMORY, FAILED }

    private TrialResult trial(String benchmark, List<String> others, Collector collector, Jdk jdk, long heap,
                              List<RunRecord.Trial> trials, Progress progress) throws IOException, InterruptedException {
        Cell cell = new Cell(trials.size() + 1, jdk, collector, new HeapSpec(heap, 0), null, benchmark);
        Path log = logDir.resolve(cell.fileStem() + ".log");
        CellRunner.Run run = runner.run(jar, jdk, jar.ownAppend(benchmark), cell.jvmFlags(heap), others, log,
                logDir.resolve(cell.fileStem() + ".json"));
        TrialResult result = run.completed() ? TrialResult.COMPLETED
                : run.outcome().equals(BenchmarkOutcome.OUT_OF_MEMORY) || run.timedOut() ? TrialResult.OUT_OF_MEMORY
                : TrialResult.FAILED;
        String outcome = result == TrialResult.COMPLETED ? "ok" : result == TrialResult.OUT_OF_MEMORY ? "out-of-memory" : "failed";
        trials.add(new RunRecord.Trial(Size.format(heap), heap, outcome, Math.round(run.seconds() * 10) / 10.0));
        progress.note("min-heap " + cell.label() + ": " + outcome + " in " + Progress.duration(run.seconds()));
        return result;
    }

    private static RunRecord.MinHeapRecord record(String benchmark, String gc, Jdk jdk, String outcome, Long bytes,
                                                  String reason, List<RunRecord.Trial> trials) {
        return new RunRecord.MinHeapRecord(benchmark, gc, jdk.label(), outcome, bytes,
                bytes == null ? null : Size.format(bytes), reason, List.copyOf(trials));
    }

    /** Half the machine's memory: the search never asks for a heap the machine cannot give. */
    private static long heapLimit() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(FIRST_GUESS, os.getTotalMemorySize() / 2 / Size.MIB * Size.MIB);
        }
        return 8 * Size.GIB;
    }
}
