package leakbench.matrix;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs the grid: optional minimum-heap searches first, then one child JMH run per cell, recording each
 * cell's outcome in {@code run.json} and its results in {@code results.json} as soon as it ends.
 */
final class MatrixCommand {
    private final MatrixOptions options;
    private final List<String> commandLine;
    private final PrintWriter out;

    private final List<RunRecord.CellRecord> cellRecords = new ArrayList<>();
    private final List<RunRecord.MinHeapRecord> minHeaps = new ArrayList<>();
    private final String started = Instant.now().toString();
    private ResultStore store;
    private CellRunner runner;
    private final CollectorProbe probe = new CollectorProbe();
    private final Map<String, Object> machine = Environment.machine();
    private final Map<String, Object> git = Environment.git();
    private Jdk defaultJdk;
    private Selection selection;
    private int runningCell = -1;
    private String status = RunRecord.RUNNING;

    MatrixCommand(MatrixOptions options, List<String> commandLine, PrintWriter out) {
        this.options = options;
        this.commandLine = commandLine;
        this.out = out;
    }

    int run(Jdk defaultJdk) throws IOException, InterruptedException, UsageException {
        this.defaultJdk = defaultJdk;
        selection = Selection.of(options.jmhArgs(), !options.collectors().isEmpty());
        List<String> benchmarks = selection.runnable();
        List<Cell> grid = Grid.cells(options, defaultJdk, benchmarks);
        // --min-heap without --heap only searches: the cells would repeat the benchmarks at their own heap.
        List<Cell> cells = options.minHeap() && options.heaps().isEmpty() ? List.of() : Grid.shard(grid, options.shard());
        try (JmhLock lock = JmhLock.acquire(out)) {
            return runCells(benchmarks, grid, cells);
        }
    }

    private int runCells(List<String> benchmarks, List<Cell> grid, List<Cell> cells) throws IOException, InterruptedException {
        store = new ResultStore(options.out());
        runner = new CellRunner(options.jmhArgs(), options.quick(), options.cellTimeout());
        for (Cell cell : cells) {
            cellRecords.add(pending(cell));
        }
        store.addResults(List.of());
        writeRun(grid.size());

        Thread hook = new Thread(() -> interrupted(grid.size()), "matrix-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
        Progress progress = new Progress(out, cells.size());
        progress.note("matrix: " + cells.size() + (cells.size() == 1 ? " cell" : " cells") + (options.shard().count() > 1
                ? " (shard " + options.shard().index() + "/" + options.shard().count() + " of " + grid.size() + ")" : "")
                + ", output in " + options.out());

        selection.ownCollector().forEach((name, flag) -> progress.note("matrix: " + Cell.shortName(name)
                + " chooses its collector in @Fork (" + flag + "), so it is left out of the --gc cells"));
        searchMinHeaps(benchmarks, cells, progress, grid.size());
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            progress.started(i + 1, cell);
            synchronized (this) {
                runningCell = i;
            }
            RunRecord.CellRecord record = runCell(cell, progress.benchmarks(i + 1,
                    BenchmarkCount.of(options.jmhArgs(), selection.excludesFor(cell.benchmark()))));
            synchronized (this) {
                if (!status.equals(RunRecord.RUNNING)) {
                    return 1; // the shutdown hook has stopped the child and recorded the cell as interrupted
                }
                cellRecords.set(i, record);
                runningCell = -1;
            }
            writeRun(grid.size());
            progress.finished(i + 1, cell, record.outcome(), record.reason(), record.seconds() == null ? 0 : record.seconds());
        }
        synchronized (this) {
            status = RunRecord.COMPLETE;
        }
        writeRun(grid.size());
        Runtime.getRuntime().removeShutdownHook(hook);
        progress.note("matrix: results in " + options.out().resolve(ResultStore.RESULTS)
                + ", cells in " + options.out().resolve(ResultStore.RUN));
        return 0;
    }

    private void searchMinHeaps(List<String> benchmarks, List<Cell> cells, Progress progress, int gridSize)
            throws IOException, InterruptedException {
        if (!options.needsMinHeap()) {
            return;
        }
        Map<String, Cell> needed = new LinkedHashMap<>();
        if (options.minHeap()) {
            for (Cell cell : Grid.shard(Grid.cells(options, defaultJdk, benchmarks), options.shard())) {
                for (String benchmark : benchmarks) {
                    needed.putIfAbsent(minHeapKey(benchmark, cell.collector(), cell.jdk()), withBenchmark(cell, benchmark));
                }
            }
        }
        for (Cell cell : cells) {
            if (cell.heap() != null && cell.heap().isMultiple()) {
                needed.putIfAbsent(minHeapKey(cell.benchmark(), cell.collector(), cell.jdk()), cell);
            }
        }
        MinHeapSearch search = new MinHeapSearch(runner, options.out().resolve("min-heap"));
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
            writeRun(gridSize);
        }
    }

    private RunRecord.CellRecord runCell(Cell cell, Consumer<String> logLines) throws IOException, InterruptedException {
        RunRecord.CellRecord pending = pending(cell);
        if (cell.collector() != null) {
            Optional<String> problem = probe.problem(cell.jdk(), cell.collector());
            if (problem.isPresent()) {
                return pending.withOutcome("unsupported", problem.get());
            }
        }
        long heapBytes = 0;
        if (cell.heap() != null) {
            if (cell.heap().isMultiple()) {
                Optional<RunRecord.MinHeapRecord> min = minHeapOf(cell);
                if (min.isEmpty()) {
                    return pending.withOutcome(BenchmarkOutcome.FAILED, "no minimum heap known for " + cell.benchmark());
                }
                heapBytes = cell.heap().resolve(min.get().bytes());
            } else {
                heapBytes = cell.heap().bytes();
            }
        }
        List<String> flags = cell.jvmFlags(heapBytes);
        List<String> excludes = selection.excludesFor(cell.benchmark());
        Path log = options.out().resolve("cells").resolve(cell.fileStem() + ".log");
        CellRunner.Run run = runner.run(cell.jdk(), flags, excludes, log,
                options.out().resolve("cells").resolve(cell.fileStem() + ".json"), logLines);
        store.addResults(run.results());
        return new RunRecord.CellRecord(cell.number(), cell.label(), pending.collector(), pending.heap(),
                heapBytes == 0 ? null : heapBytes, pending.young(), pending.jdk(), pending.jdkVersion(), cell.benchmark(),
                flags, run.outcome(), run.reason(), Math.round(run.seconds() * 10) / 10.0,
                options.out().relativize(log).toString(), run.benchmarks());
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

    private static RunRecord.CellRecord pending(Cell cell) {
        return new RunRecord.CellRecord(cell.number(), cell.label(),
                cell.collector() == null ? null : cell.collector().label(),
                cell.heap() == null ? null : cell.heap().label(), null,
                cell.young() == null ? null : Size.format(cell.young()),
                cell.jdk().label(), cell.jdk().version(), cell.benchmark(), null, "pending", null, null, null, null);
    }

    private static Cell withBenchmark(Cell cell, String benchmark) {
        return new Cell(cell.number(), cell.jdk(), cell.collector(), null, null, benchmark);
    }

    private static String minHeapKey(String benchmark, Collector collector, Jdk jdk) {
        return benchmark + " " + collector + " " + jdk.home();
    }

    /** Shutdown hook: stop the child and say in run.json which cell was cut short. */
    private void interrupted(int gridSize) {
        runner.stop();
        synchronized (this) {
            if (!status.equals(RunRecord.RUNNING)) {
                return;
            }
            status = RunRecord.INTERRUPTED;
            if (runningCell >= 0) {
                cellRecords.set(runningCell, cellRecords.get(runningCell).withOutcome(RunRecord.INTERRUPTED, "launcher stopped"));
            }
        }
        try {
            writeRun(gridSize);
        } catch (IOException e) {
            // The run is ending; run.json keeps its last complete state.
        }
    }

    private void writeRun(int gridSize) throws IOException {
        RunRecord run;
        synchronized (this) {
            Map<String, Object> grid = new LinkedHashMap<>();
            grid.put("collectors", options.collectors().stream().map(Collector::label).toList());
            grid.put("heaps", options.heaps().stream().map(HeapSpec::label).toList());
            grid.put("young", options.youngSizes().stream().map(Size::format).toList());
            grid.put("jdks", options.jdks().stream().map(Jdk::label).toList());
            grid.put("quick", options.quick());
            grid.put("jmhArgs", options.jmhArgs());
            grid.put("cellsInGrid", gridSize);
            List<RunRecord.JdkRecord> jdks = (options.jdks().isEmpty() ? List.of(defaultJdk) : options.jdks()).stream()
                    .map(RunRecord.JdkRecord::of).distinct().toList();
            run = new RunRecord("leakbench matrix", status, started,
                    status.equals(RunRecord.RUNNING) ? null : Instant.now().toString(), commandLine,
                    machine, git, jdks, grid,
                    options.shard().index() + "/" + options.shard().count(), List.copyOf(minHeaps),
                    selection.ownCollector().isEmpty() ? null : selection.ownCollector(),
                    List.copyOf(cellRecords), null);
        }
        store.writeRun(run);
    }
}
