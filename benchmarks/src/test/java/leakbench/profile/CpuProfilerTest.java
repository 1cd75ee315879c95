package leakbench.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import leakbench.calibration.GcChurnBenchmark;
import leakbench.calibration.ProfilerOverheadBenchmark;
import leakbench.gc.EpsilonBenchmark;
import leakbench.testing.Collector;
import leakbench.testing.Jdks;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * CpuProfiler against figures it does not compute itself, on JDK 17 and 25:
 * <ul>
 *   <li>one busy thread: {@code cpu.process} equals the iteration's wall time minus the time the thread waited
 *       for a CPU (the kernel's run-queue wait), so the check holds on a loaded machine too;</li>
 *   <li>Serial, Parallel, G1: {@code cpu.gc} against the JVM's own {@code jdk.GCCPUTime} JFR events (process CPU
 *       during each pause, 10 ms resolution, so it includes the JIT compiling meanwhile; present in 17.0.15 and 25)
 *       of the same fork, cut into the same iterations by {@link JfrWindowMarkProfiler};</li>
 *   <li>all six collectors: every metric in every iteration, GC threads found (at least 1 ms in an iteration
 *       where the same fork's JFR shows 200 ms of GC work), none under Epsilon, JIT threads found while the JIT
 *       warms up.</li>
 * </ul>
 */
class CpuProfilerTest {
    static {
        System.setProperty("jmh.ignoreLock", "true");
    }

    /** Wall time of GC work (pauses + concurrent phases, per JFR) above which GC threads must show CPU. */
    private static final double GC_WORK_MS = 200;

    /** getProcessCpuTime counts clock ticks on Linux (times()): 10 ms. */
    private static final double TICK_MS = 10;

    @TempDir
    Path temp;

    @ParameterizedTest(name = "JDK {0}")
    @ValueSource(ints = {17, 25})
    void processCpuOfOneBusyThreadIsItsWallTimeMinusItsWaitForACpu(int jdk) throws Exception {
        ChainedOptionsBuilder options = base(javaOrSkip(jdk))
                .include(ProfilerOverheadBenchmark.class.getName() + ".computeOnly$")
                .warmupIterations(2).warmupTime(TimeValue.seconds(1))
                .measurementIterations(3).measurementTime(TimeValue.seconds(1))
                .addProfiler(CpuProfiler.class)
                .addProfiler(BusyThreadProfiler.class);
        List<String> problems = new ArrayList<>();
        for (IterationResult iteration : measured(new Runner(options.build()).run().iterator().next())) {
            double process = metric(iteration, CpuProfiler.PROCESS);
            double wall = metric(iteration, BusyThreadProfiler.WALL);
            double wait = metric(iteration, BusyThreadProfiler.WAIT);
            double expected = wall - wait;
            // The busy thread is not all the process: JMH's own threads, a late compilation, the reading itself;
            // and the process clock has 10 ms ticks. 5% of the wall time plus two ticks covers those; a unit,
            // window or delta mistake is off by far more.
            double tolerance = 0.05 * wall + 2 * TICK_MS;
            System.out.printf("cpu busy JDK %d: cpu.process %.3f ms, wall %.3f ms - run-queue wait %.3f ms = %.3f ms,"
                    + " cpu.gc %.3f ms, cpu.jit %.3f ms%n", jdk, process, wall, wait, expected,
                    metric(iteration, CpuProfiler.GC), metric(iteration, CpuProfiler.JIT));
            if (Math.abs(process - expected) > tolerance) {
                problems.add("JDK " + jdk + ": cpu.process " + process + " ms, wall minus wait " + expected + " ms");
            }
            if (metric(iteration, CpuProfiler.GC) > TICK_MS) {
                problems.add("JDK " + jdk + ": cpu.gc " + metric(iteration, CpuProfiler.GC)
                        + " ms for a benchmark that never allocates");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest(name = "JDK {0} {1}")
    @MethodSource("leakbench.testing.Collector#onJdks17And25")
    void gcThreadsFoundAndAgreeWithJfrGcCpuTime(int jdk, Collector collector) throws Exception {
        Path recording = Files.createTempFile(temp, "cpu-" + jdk + "-" + collector, ".jfr");
        ChainedOptionsBuilder options = base(javaOrSkip(jdk))
                .include(GcChurnBenchmark.class.getName() + ".replaceOne$")
                .warmupIterations(2).warmupTime(TimeValue.milliseconds(500))
                .measurementIterations(2).measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend(Stream.concat(collector.jvmArgs().stream(), Stream.of(
                        "-XX:StartFlightRecording=filename=" + recording + ",settings=default,dumponexit=true"))
                        .toArray(String[]::new))
                .addProfiler(CpuProfiler.class)
                .addProfiler(JfrWindowMarkProfiler.class);
        RunResult run = new Runner(options.build()).run().iterator().next();
        String what = "JDK " + jdk + " " + collector;
        List<IterationResult> iterations = measured(run);
        List<double[]> jfr = gcCpuTimePerWindow(recording);
        assertEquals(iterations.size(), jfr.size(), what + ": measurement windows in the recording");
        List<String> problems = new ArrayList<>();
        int worked = 0;
        for (int i = 0; i < iterations.size(); i++) {
            IterationResult iteration = iterations.get(i);
            double gc = metric(iteration, CpuProfiler.GC);
            double process = metric(iteration, CpuProfiler.PROCESS);
            double jfrGc = jfr.get(i)[0];
            int pauses = (int) jfr.get(i)[1];
            System.out.printf("cpu %-16s iteration %d: cpu.process %8.3f ms, cpu.gc %8.3f ms, cpu.jit %7.3f ms |"
                    + " jdk.GCCPUTime %8.3f ms over %d events; GC work (JFR) %8.3f ms%n", what, i + 1, process, gc,
                    metric(iteration, CpuProfiler.JIT), jfrGc, pauses, jfr.get(i)[2]);
            assertStructure(iteration, what + " iteration " + (i + 1), problems);
            // Where the fork's JFR shows the collector working for a while inside the window (pauses plus
            // concurrent phases, at least GC_WORK_MS of wall time), its threads must show CPU, or the profiler does
            // not recognise this collector's threads. Even at a load of 30 on 2 cores a runnable thread gets about
            // 5% of a core, 10 ms over 200 ms: 1 ms is far below that. (Not every window: on a loaded machine an
            // iteration may see hardly any collection.)
            double gcWork = jfr.get(i)[2];
            if (gcWork >= GC_WORK_MS) {
                worked++;
                if (gc < 1) {
                    problems.add(what + " iteration " + (i + 1) + ": cpu.gc " + gc + " ms although JFR shows "
                            + gcWork + " ms of GC work inside the iteration");
                }
            }
            if (collector == Collector.SERIAL || collector == Collector.PARALLEL || collector == Collector.G1) {
                // jdk.GCCPUTime is the process's CPU over each pause, read with times() (10 ms ticks, so each
                // event is off by less than a tick in user and in system time, and the errors of N events, about
                // independent, spread as sqrt(N): the bound below is over 4 standard deviations). It also holds whatever other
                // native threads did meanwhile: the JIT keeps compiling through a pause, so up to the
                // iteration's cpu.jit of it may not be GC. Serial and Parallel collect only in pauses: cpu.gc must
                // lie between it minus that JIT time and it. G1 also works concurrently: at least the lower bound.
                double jit = metric(iteration, CpuProfiler.JIT);
                double tolerance = 0.1 * jfrGc + 2 * TICK_MS * Math.sqrt(pauses + 1) + TICK_MS;
                boolean above = gc >= jfrGc - jit - tolerance;
                boolean below = collector == Collector.G1 || gc <= jfrGc + tolerance;
                if (!above || !below) {
                    problems.add(what + " iteration " + (i + 1) + ": cpu.gc " + gc + " ms, jdk.GCCPUTime "
                            + jfrGc + " ms over " + pauses + " pauses, cpu.jit " + jit + " ms (tolerance "
                            + tolerance + " ms)");
                }
            }
        }
        if (worked == 0) {
            problems.add(what + ": no measured iteration held " + GC_WORK_MS + " ms of GC work; the check is void");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest(name = "JDK {0}")
    @ValueSource(ints = {17, 25})
    void epsilonHasNoGcThreadsAndTheJitIsSeenWarmingUp(int jdk) throws Exception {
        ChainedOptionsBuilder options = base(javaOrSkip(jdk))
                .include(EpsilonBenchmark.class.getName() + ".underEpsilon$")
                .warmupIterations(0).measurementIterations(3)
                .addProfiler(CpuProfiler.class);
        RunResult run = new Runner(options.build()).run().iterator().next();
        List<String> problems = new ArrayList<>();
        List<IterationResult> all = new ArrayList<>();
        for (BenchmarkResult benchmark : run.getBenchmarkResults()) {
            all.addAll(benchmark.getIterationResults());
        }
        for (IterationResult iteration : all) {
            assertStructure(iteration, "JDK " + jdk + " Epsilon", problems);
            if (metric(iteration, CpuProfiler.GC) != 0) {
                problems.add("JDK " + jdk + " Epsilon: cpu.gc " + metric(iteration, CpuProfiler.GC) + " ms");
            }
        }
        // Without warmup, the first iteration of a fresh fork is where the JIT compiles the benchmark.
        double jit = metric(all.get(0), CpuProfiler.JIT);
        System.out.printf("cpu JDK %d Epsilon: first iteration cpu.jit %.3f ms, cpu.process %.3f ms%n", jdk, jit,
                metric(all.get(0), CpuProfiler.PROCESS));
        if (jit <= 0) {
            problems.add("JDK " + jdk + ": no JIT CPU in the first iteration");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Every metric present, GC and JIT within the process total, norms equal to value over ops. */
    private static void assertStructure(IterationResult iteration, String what, List<String> problems) {
        Map<String, Result> secondaries = iteration.getSecondaryResults();
        for (String label : List.of(CpuProfiler.PROCESS, CpuProfiler.GC, CpuProfiler.JIT)) {
            if (!secondaries.containsKey(label) || !secondaries.containsKey(label + ".norm")) {
                problems.add(what + ": " + label + " or its .norm missing in " + secondaries.keySet());
                return;
            }
            double ms = secondaries.get(label).getScore();
            double norm = secondaries.get(label + ".norm").getScore();
            long ops = iteration.getMetadata().getAllOps();
            if (Math.abs(norm * ops / 1e6 - ms) > 1e-6 * Math.max(1, ms)) {
                problems.add(what + ": " + label + ".norm " + norm + " ns/op x " + ops + " ops is not " + ms + " ms");
            }
        }
        double process = secondaries.get(CpuProfiler.PROCESS).getScore();
        double parts = secondaries.get(CpuProfiler.GC).getScore() + secondaries.get(CpuProfiler.JIT).getScore();
        if (parts > process + TICK_MS) {
            problems.add(what + ": cpu.gc + cpu.jit = " + parts + " ms exceed cpu.process " + process + " ms");
        }
    }

    /**
     * Per measurement window: summed user + system time of jdk.GCCPUTime events in ms, their count, and the wall time
     * of GC work inside the window in ms: pauses that started in it plus concurrent phases clipped to it (summed,
     * so phases that Shenandoah reports twice count twice: a rough measure, used only as a threshold).
     */
    private static List<double[]> gcCpuTimePerWindow(Path recording) throws Exception {
        List<RecordedEvent> events = RecordingFile.readAllEvents(recording);
        events.sort(Comparator.comparing(RecordedEvent::getStartTime));
        List<double[]> windows = new ArrayList<>();
        Instant begin = null;
        for (RecordedEvent mark : events) {
            if (!mark.getEventType().getName().equals(JfrWindowMarkProfiler.EVENT) || !mark.getBoolean("measurement")) {
                continue;
            }
            if (mark.getBoolean("begin")) {
                begin = mark.getStartTime();
                continue;
            }
            double ms = 0;
            int count = 0;
            double work = 0;
            Instant end = mark.getStartTime();
            for (RecordedEvent event : events) {
                String type = event.getEventType().getName();
                if (type.equals("jdk.GCPhasePause") && !event.getStartTime().isBefore(begin)
                        && !event.getStartTime().isAfter(end)) {
                    work += event.getDuration().toNanos() / 1e6;
                } else if (type.equals("jdk.GCPhaseConcurrent")) {
                    Instant from = event.getStartTime().isAfter(begin) ? event.getStartTime() : begin;
                    Instant to = event.getEndTime().isBefore(end) ? event.getEndTime() : end;
                    if (from.isBefore(to)) {
                        work += java.time.Duration.between(from, to).toNanos() / 1e6;
                    }
                }
                if (event.getEventType().getName().equals("jdk.GCCPUTime")
                        && !event.getStartTime().isBefore(begin) && !event.getStartTime().isAfter(mark.getStartTime())) {
                    ms += (event.getDuration("userTime").toNanos() + event.getDuration("systemTime").toNanos()) / 1e6;
                    count++;
                }
            }
            windows.add(new double[] {ms, count, work});
        }
        return windows;
    }

    private static ChainedOptionsBuilder base(Path java) {
        return new OptionsBuilder().jvm(java.toString()).forks(1).shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
    }

    private static List<IterationResult> measured(RunResult run) {
        List<IterationResult> iterations = new ArrayList<>();
        for (BenchmarkResult benchmark : run.getBenchmarkResults()) {
            iterations.addAll(benchmark.getIterationResults());
        }
        return iterations;
    }

    private static double metric(IterationResult iteration, String label) {
        Result result = iteration.getSecondaryResults().get(label);
        if (result == null) {
            throw new AssertionError("no " + label + " in " + iteration.getSecondaryResults().keySet());
        }
        return result.getScore();
    }

    private static Path javaOrSkip(int jdk) {
        Optional<Path> java = Jdks.java(jdk);
        Assumptions.assumeTrue(java.isPresent(), "no JDK " + jdk + " found: set LEAKBENCH_JDK" + jdk);
        return java.get();
    }
}
