package leakbench.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs a {@link Plan}: optional minimum-heap searches first, then its steps one at a time, each a child JMH run,
 * recording each step's outcome in {@code run.json} and its results as soon as it ends. A matrix run records a
 * cell per step in {@code DIR/results.json}; an interleaved comparison ({@code --compare-with}) records a fork per
 * step and writes the finished pairs to {@code DIR/base/results.json} and {@code DIR/candidate/results.json}.
 */
final class MatrixCommand {
    static final String BASE_DIR = "base";
    static final String CANDIDATE_DIR = "candidate";

    private final MatrixOptions options;
    private final List<String> commandLine;
    private final PrintWriter out;

    private final List<RunRecord.CellRecord> cellRecords = new ArrayList<>();
    private final List<RunRecord.ForkRecord> forkRecords = new ArrayList<>();
    private final List<RunRecord.MinHeapRecord> minHeaps = new ArrayList<>();
    private final Map<Integer, Integer> finishedPairs = new HashMap<>();
    private final Map<String, List<JsonNode>> firstOfPair = new HashMap<>();
    private final ForkResults forkResults = new ForkResults();
    private final String started = Instant.now().toString();
    private ResultStore store;
    private ResultStore baseStore;
    private ResultStore candidateStore;
    private CellRunner runner;
    private final CollectorProbe probe = new CollectorProbe();
    private final Map<String, Object> machine = Environment.machine();
    private final Map<String, Object> git = Environment.git();
    private Jdk defaultJdk;
    private Path workDir;
    /** run.json's account of {@code --jar} and of its {@code --compare-with} base: path, SHA-256, whose JMH. */
    private Map<String, Object> jarRecord;
    private Map<String, Object> baseRecord;
    private Selection selection;
    private Plan plan;
    private int gridSize;
    private int unitsInGrid;
    private int runningStep = -1;
    private String status = RunRecord.RUNNING;

    MatrixCommand(MatrixOptions options, List<String> commandLine, PrintWriter out) {
        this.options = options;
        this.commandLine = commandLine;
        this.out = out;
    }

    int run(Jdk defaultJdk) throws IOException, InterruptedException, UsageException {
        this.defaultJdk = defaultJdk;
        BenchmarkJar candidate = options.otherJar() == null ? BenchmarkJar.suite()
                : BenchmarkJar.otherProject(options.otherJar(), "--jar", workDir());
        selection = Selection.of(options.jmhArgs(), !options.collectors().isEmpty(), options.quick(),
                candidate.benchmarkList());
        List<Cell> grid = Grid.cells(options, defaultJdk, selection.runnable());
        gridSize = grid.size();
        unitsInGrid = Plan.units(grid, selection).size();
        if (options.isCompare()) {
            // With --jar, the base is the other project's base build: it gets the profilers beside it too.
            BenchmarkJar base = options.otherJar() == null ? BenchmarkJar.suiteBuild(options.compareWith())
                    : BenchmarkJar.otherProject(options.compareWith(), "--compare-with", workDir());
            plan = Plan.compare(grid, selection, options.shard(), options.pairs(), candidate, base);
        } else {
            plan = Plan.matrix(grid, selection, options.shard(), candidate);
            if (options.minHeap() && options.heaps().isEmpty()) {
                // --min-heap without --heap only searches: the cells would repeat the benchmarks at their own heap.
                plan = plan.withoutSteps();
            }
        }
        if (plan.candidate().otherProject()) {
            jarRecord = plan.candidate().record();
        }
        if (plan.base() != null && plan.base().otherProject()) {
            baseRecord = plan.base().record();
        }
        try (JmhLock lock = JmhLock.acquire(out)) {
            return runSteps();
        }
    }

    /** Where the profilers jar for another project's jar is written: a temporary directory removed at exit. */
    private Path workDir() throws IOException {
        if (workDir == null) {
            workDir = Files.createTempDirectory("leakbench-jar");
            workDir.toFile().deleteOnExit();
        }
        return workDir;
    }

    private int runSteps() throws IOException, InterruptedException {
        store = new ResultStore(options.out());
        runner = new CellRunner(JmhArgs.of(options.jmhArgs()), options.quick(), options.cellTimeout());
        List<Step> steps = plan.steps();
        for (Step step : steps) {
            if (options.isCompare()) {
                forkRecords.add(pendingFork(step));
            } else {
                cellRecords.add(pending(step));
            }
        }
        if (options.isCompare()) {
            baseStore = new ResultStore(options.out().resolve(BASE_DIR));
            candidateStore = new ResultStore(options.out().resolve(CANDIDATE_DIR));
            baseStore.addResults(List.of());
            candidateStore.addResults(List.of());
        } else {
            store.addResults(List.of());
        }
        writeRun();

        Thread hook = new Thread(this::interrupted, "matrix-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
        Progress progress = new Progress(out, steps.size(), options.isCompare() ? "fork" : "cell");
        progress.note(header(steps.size()));
        selection.ownCollector().forEach((name, flag) -> progress.note("matrix: " + Cell.shortName(name)
                + " chooses its collector in @Fork (" + flag + "), so it is left out of the --gc cells"));
        plan.units().stream().filter(u -> !plan.inBase(u)).forEach(u -> progress.note("compare: "
                + u.label() + " is not in " + options.compareWith() + ", so it runs on neither side"));
        if (!options.isCompare()) {
            searchMinHeaps(progress);
        }
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            progress.started(i + 1, stepLabel(step));
            synchronized (this) {
                runningStep = i;
            }
            String outcome;
            String reason;
            Double seconds;
            if (options.isCompare()) {
                RunRecord.ForkRecord record = runFork(step);
                synchronized (this) {
                    if (!status.equals(RunRecord.RUNNING)) {
                        return 1; // the shutdown hook has stopped the child and recorded the fork as interrupted
                    }
                    forkRecords.set(i, record);
                    runningStep = -1;
                }
                outcome = record.outcome();
                reason = record.reason();
                seconds = record.seconds();
            } else {
                RunRecord.CellRecord record = runCell(step, progress.benchmarks(i + 1, benchmarkRuns(step)));
                synchronized (this) {
                    if (!status.equals(RunRecord.RUNNING)) {
                        return 1;
                    }
                    cellRecords.set(i, record);
                    runningStep = -1;
                }
                outcome = record.outcome();
                reason = record.reason();
                seconds = record.seconds();
            }
            writeRun();
            progress.finished(i + 1, stepLabel(step), outcome, reason, seconds == null ? 0 : seconds);
        }
        synchronized (this) {
            status = RunRecord.COMPLETE;
        }
        writeRun();
        Runtime.getRuntime().removeShutdownHook(hook);
        progress.note(options.isCompare()
                ? "compare: results in " + options.out().resolve(BASE_DIR) + " and " + options.out().resolve(CANDIDATE_DIR)
                        + ", pairing in " + options.out().resolve(ResultStore.RUN)
                : "matrix: results in " + options.out().resolve(ResultStore.RESULTS)
                        + ", cells in " + options.out().resolve(ResultStore.RUN));
        return 0;
    }

    private String header(int steps) {
        String shard = options.shard().count() > 1
                ? " (shard " + options.shard().index() + "/" + options.shard().count() + ": " + plan.units().size() + " of "
                        + unitsInGrid + " units)" : "";
        if (options.isCompare()) {
            return "compare: " + plan.units().size() + (plan.units().size() == 1 ? " unit" : " units") + " x "
                    + options.pairs() + " pairs = " + steps + " single-fork runs, base " + options.compareWith()
                    + " interleaved with " + (plan.candidate().isSuite() ? "this jar" : plan.candidate().label()) + shard
                    + ", output in " + options.out();
        }
        return "matrix: " + steps + (steps == 1 ? " cell" : " cells") + shard + ", output in " + options.out();
    }

    private String stepLabel(Step step) {
        return step.pair() == 0 ? step.label()
                : step.side().label() + " pair " + step.pair() + "/" + plan.pairs() + " " + step.label();
    }

    private void searchMinHeaps(Progress progress) throws IOException, InterruptedException {
        if (!options.needsMinHeap()) {
            return;
        }
        Map<String, Cell> needed = new LinkedHashMap<>();
        if (options.minHeap()) {
            for (Unit unit : plan.units()) {
                Cell cell = unit.cell();
                needed.putIfAbsent(minHeapKey(unit.benchmark(), cell.collector(), cell.jdk()), withBenchmark(cell, unit.benchmark()));
            }
        }
        for (Step step : plan.steps()) {
            Cell cell = step.cell();
            if (cell.heap() != null && cell.heap().isMultiple()) {
                needed.putIfAbsent(minHeapKey(cell.benchmark(), cell.collector(), cell.jdk()), cell);
            }
        }
        MinHeapSearch search = new MinHeapSearch(runner, plan.candidate(), options.out().resolve("min-heap"));
        for (Cell cell : needed.values()) {
            if (cell.collector() != null) {
                Optional<String> problem = probe.problem(cell.jdk(), cell.collector());
                if (problem.isPresent()) {
                    minHeaps.add(new RunRecord.MinHeapRecord(cell.benchmark(), cell.collector().label(), cell.jdk().label(),
                            "unsupported", null, null, problem.get(), List.of()));
                    continue;
                }
            }
            RunRecord.MinHeapRecord found = search.search(cell.benchmark(), selection.excludesFor(cell.benchmark()),
                    cell.collector(), cell.jdk(), progress);
            progress.note("min-heap " + (cell.collector() == null ? "default-gc" : cell.collector().label()) + " "
                    + cell.jdk().label() + " " + Cell.shortName(cell.benchmark()) + ": "
                    + (found.heap() != null ? found.heap() : found.outcome() + " (" + found.reason() + ")"));
            synchronized (this) {
                minHeaps.add(found);
            }
            writeRun();
        }
    }

    /** The cell's JVM flags, or the reason it cannot run here (collector missing, no minimum heap known). */
    private record Flags(List<String> flags, long heapBytes, String outcome, String reason) {
    }

    private Flags flags(Cell cell) throws IOException, InterruptedException {
        if (cell.collector() != null) {
            Optional<String> problem = probe.problem(cell.jdk(), cell.collector());
            if (problem.isPresent()) {
                return new Flags(null, 0, "unsupported", problem.get());
            }
        }
        long heapBytes = 0;
        if (cell.heap() != null) {
            if (cell.heap().isMultiple()) {
                Optional<RunRecord.MinHeapRecord> min = minHeapOf(cell);
                if (min.isEmpty()) {
                    return new Flags(null, 0, BenchmarkOutcome.FAILED, "no minimum heap known for " + cell.benchmark());
                }
                heapBytes = cell.heap().resolve(min.get().bytes());
            } else {
                heapBytes = cell.heap().bytes();
            }
        }
        return new Flags(cell.jvmFlags(heapBytes), heapBytes, null, null);
    }

    /** The benchmark runs a step makes, for the progress lines: 0 when not known (another project's jar). */
    private int benchmarkRuns(Step step) {
        if (step.unit() != null) {
            return 1;
        }
        return plan.candidate().otherProject() ? 0
                : BenchmarkCount.of(options.jmhArgs(), selection.excludesFor(step.cell().benchmark()));
    }

    /** {@code logLines} gets the step's log lines while it runs (progress inside the step). */
    private RunRecord.CellRecord runCell(Step step, Consumer<String> logLines) throws IOException, InterruptedException {
        Cell cell = step.cell();
        RunRecord.CellRecord pending = pending(step);
        Flags flags = flags(cell);
        if (flags.flags() == null) {
            return pending.withOutcome(flags.outcome(), flags.reason());
        }
        String stem = cell.fileStem() + (step.unit() == null ? "" : String.format("-u%04d", step.unit().number()));
        Path log = options.out().resolve("cells").resolve(stem + ".log");
        Path result = options.out().resolve("cells").resolve(stem + ".json");
        List<String> ownAppend = plan.ownAppend(step);
        CellRunner.Run run = step.unit() == null
                ? runner.run(plan.candidate(), cell.jdk(), ownAppend, flags.flags(), selection.excludesFor(cell.benchmark()),
                        log, result, logLines)
                : runner.run(plan.candidate(), cell.jdk(), ownAppend, flags.flags(), step.unit(), null, log, result,
                        logLines);
        store.addResults(run.results());
        return new RunRecord.CellRecord(cell.number(), cell.label(), pending.collector(), pending.heap(),
                flags.heapBytes() == 0 ? null : flags.heapBytes(), pending.young(), pending.jdk(), pending.jdkVersion(),
                pending.benchmark(), pending.params(), flags.flags(), run.outcome(), run.reason(), tenths(run.seconds()),
                options.out().relativize(log).toString(), run.benchmarks());
    }

    /** One fork of a pair; when it completes the pair (both forks ok), both sides' results are rewritten. */
    private RunRecord.ForkRecord runFork(Step step) throws IOException, InterruptedException {
        RunRecord.ForkRecord pending = pendingFork(step);
        Flags flags = flags(step.cell());
        if (flags.flags() == null) {
            return pending.withOutcome(flags.outcome(), flags.reason());
        }
        String stem = String.format("%05d-%s-pair%d-u%04d", step.sequence(), step.side().label(), step.pair(),
                step.unit().number());
        Path log = options.out().resolve("forks").resolve(stem + ".log");
        Path result = options.out().resolve("forks").resolve(stem + ".json");
        String startedAt = Instant.now().toString();
        CellRunner.Run run = runner.run(plan.jar(step.side()), step.cell().jdk(), plan.ownAppend(step), flags.flags(),
                step.unit(), 1, log, result, null);
        String key = step.unit().number() + "/" + step.pair();
        if (step.position() == 1) {
            if (run.completed()) {
                firstOfPair.put(key, run.results());
            }
        } else {
            List<JsonNode> first = firstOfPair.remove(key);
            if (first != null && run.completed()) {
                List<JsonNode> base = step.side() == Step.Side.BASE ? run.results() : first;
                List<JsonNode> candidate = step.side() == Step.Side.BASE ? first : run.results();
                if (forkResults.addPair(base, candidate) > 0) {
                    synchronized (this) {
                        finishedPairs.merge(step.unit().number(), 1, Integer::sum);
                    }
                    baseStore.replaceResults(forkResults.joined(Step.Side.BASE));
                    candidateStore.replaceResults(forkResults.joined(Step.Side.CANDIDATE));
                }
            }
        }
        return new RunRecord.ForkRecord(step.sequence(), step.unit().number(), step.side().label(), step.pair(),
                step.position(), run.outcome(), run.reason(), startedAt, tenths(run.seconds()),
                options.out().relativize(log).toString());
    }

    private static Double tenths(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }

    private Optional<RunRecord.MinHeapRecord> minHeapOf(Cell cell) {
        String gc = cell.collector() == null ? null : cell.collector().label();
        synchronized (this) {
            return minHeaps.stream()
                    .filter(m -> m.benchmark().equals(cell.benchmark()) && Objects.equals(m.collector(), gc)
                            && m.jdk().equals(cell.jdk().label()) && m.bytes() != null)
                    .findFirst();
        }
    }

    private static RunRecord.CellRecord pending(Step step) {
        Cell cell = step.cell();
        Unit unit = step.unit();
        return new RunRecord.CellRecord(cell.number(), cell.label(),
                cell.collector() == null ? null : cell.collector().label(),
                cell.heap() == null ? null : cell.heap().label(), null,
                cell.young() == null ? null : Size.format(cell.young()),
                cell.jdk().label(), cell.jdk().version(), unit == null ? cell.benchmark() : unit.benchmark(),
                unit == null || unit.params().isEmpty() ? null : unit.params(), null, "pending", null, null, null, null);
    }

    private static RunRecord.ForkRecord pendingFork(Step step) {
        return new RunRecord.ForkRecord(step.sequence(), step.unit().number(), step.side().label(), step.pair(),
                step.position(), "pending", null, null, null, null);
    }

    private RunRecord.UnitRecord unitRecord(Unit unit) {
        Cell cell = unit.cell();
        Flags flags = cell.heap() != null && cell.heap().isMultiple() ? new Flags(null, 0, null, null)
                : new Flags(cell.jvmFlags(cell.heap() == null ? 0 : cell.heap().bytes()), 0, null, null);
        return new RunRecord.UnitRecord(unit.number(), unit.label(), unit.benchmark(), unit.params(), cell.number(),
                cell.label(), cell.collector() == null ? null : cell.collector().label(),
                cell.heap() == null ? null : cell.heap().label(), cell.jdk().label(), cell.jdk().version(), flags.flags(),
                plan.inBase(unit), finishedPairs.getOrDefault(unit.number(), 0));
    }

    private static Cell withBenchmark(Cell cell, String benchmark) {
        return new Cell(cell.number(), cell.jdk(), cell.collector(), null, null, benchmark);
    }

    private static String minHeapKey(String benchmark, Collector collector, Jdk jdk) {
        return benchmark + " " + collector + " " + jdk.home();
    }

    /** Shutdown hook: stop the child and say in run.json which step was cut short. */
    private void interrupted() {
        runner.stop();
        synchronized (this) {
            if (!status.equals(RunRecord.RUNNING)) {
                return;
            }
            status = RunRecord.INTERRUPTED;
            if (runningStep >= 0 && options.isCompare()) {
                forkRecords.set(runningStep, forkRecords.get(runningStep).withOutcome(RunRecord.INTERRUPTED, "launcher stopped"));
            } else if (runningStep >= 0) {
                cellRecords.set(runningStep, cellRecords.get(runningStep).withOutcome(RunRecord.INTERRUPTED, "launcher stopped"));
            }
        }
        try {
            writeRun();
        } catch (IOException e) {
            // The run is ending; run.json keeps its last complete state.
        }
    }

    private void writeRun() throws IOException {
        RunRecord run;
        synchronized (this) {
            Map<String, Object> grid = new LinkedHashMap<>();
            grid.put("collectors", options.collectors().stream().map(Collector::label).toList());
            grid.put("heaps", options.heaps().stream().map(HeapSpec::label).toList());
            grid.put("young", options.youngSizes().stream().map(Size::format).toList());
            grid.put("jdks", options.jdks().stream().map(Jdk::label).toList());
            grid.put("quick", options.quick());
            grid.put("jmhArgs", options.jmhArgs());
            if (jarRecord != null) {
                grid.put("jar", jarRecord);
            }
            grid.put("cellsInGrid", gridSize);
            grid.put("unitsInGrid", unitsInGrid);
            List<RunRecord.JdkRecord> jdks = (options.jdks().isEmpty() ? List.of(defaultJdk) : options.jdks()).stream()
                    .map(RunRecord.JdkRecord::of).distinct().toList();
            Map<String, Object> compare = null;
            List<RunRecord.UnitRecord> units = null;
            if (options.isCompare()) {
                compare = new LinkedHashMap<>();
                compare.put("baseJar", plan.base().label());
                compare.put("candidateJar", plan.candidate().label());
                if (plan.base().otherProject()) {
                    compare.put("base", baseRecord);
                }
                compare.put("pairs", options.pairs());
                compare.put("order", "rounds: pair p of every unit, then pair p+1; within pair p base runs first when"
                        + " p-1 has an even number of 1 bits (Thue-Morse: AB BA BA AB BA AB AB BA ...)");
                compare.put("forksPerRun", 1);
                units = plan.units().stream().map(this::unitRecord).toList();
            }
            run = new RunRecord(options.isCompare() ? "leakbench compare" : "leakbench matrix", status, started,
                    status.equals(RunRecord.RUNNING) ? null : Instant.now().toString(), commandLine,
                    machine, git, jdks, grid,
                    options.shard().index() + "/" + options.shard().count(), List.copyOf(minHeaps),
                    selection.ownCollector().isEmpty() ? null : selection.ownCollector(),
                    options.isCompare() ? null : List.copyOf(cellRecords), null, compare, units,
                    options.isCompare() ? List.copyOf(forkRecords) : null);
        }
        store.writeRun(run);
    }
}
