package leakbench.matrix;

import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * One line per step (a cell, or a fork of a comparison) as it starts and as it ends, and one per benchmark run
 * inside a step as JMH starts it (read from the step's log), each with an estimate of the time left.
 */
final class Progress {
    private static final String BENCHMARK = "# Benchmark: ";
    private static final String PARAMETERS = "# Parameters: ";
    private static final String FIRST_FORK = "# Fork: 1 of ";

    private final PrintWriter out;
    private final int total;
    private final String noun;
    private double secondsSoFar;
    private int finished;
    private long firstBenchmarkNanos;
    private int benchmarksStarted;

    Progress(PrintWriter out, int total, String noun) {
        this.out = out;
        this.total = total;
        this.noun = noun;
    }

    void started(int position, String label) {
        out.printf("%s %d/%d %s ... started%n", noun, position, total, label);
        out.flush();
    }

    void finished(int position, String label, String outcome, String reason, double seconds) {
        secondsSoFar += seconds;
        finished++;
        String detail = reason == null ? "" : " (" + reason + ")";
        out.printf("%s %d/%d %s ... %s%s in %s, %s%n", noun, position, total, label, outcome, detail,
                duration(seconds), timeLeft());
        out.flush();
    }

    /**
     * A consumer of the step's log lines that prints "benchmark i/n NAME (params) ... about T left" when JMH starts a
     * benchmark run's first fork. {@code inCell}: the step's benchmark runs (0 when unknown).
     */
    Consumer<String> benchmarks(int cellPosition, int inCell) {
        String[] current = new String[2];
        int[] started = new int[1];
        return line -> {
            if (line.startsWith(BENCHMARK)) {
                current[0] = Cell.shortName(line.substring(BENCHMARK.length()).strip());
                current[1] = "";
            } else if (line.startsWith(PARAMETERS)) {
                current[1] = " " + line.substring(PARAMETERS.length()).strip();
            } else if (line.startsWith(FIRST_FORK) && current[0] != null) {
                started[0]++;
                benchmarkStarted(cellPosition, started[0], inCell, current[0] + current[1]);
                current[0] = null;
            }
        };
    }

    private synchronized void benchmarkStarted(int cellPosition, int index, int inCell, String name) {
        long now = System.nanoTime();
        if (benchmarksStarted == 0) {
            firstBenchmarkNanos = now;
        }
        String left;
        if (inCell <= 0) {
            left = "";
        } else if (benchmarksStarted == 0) {
            left = ", time left known after the first";
        } else {
            // Mean time of the benchmark runs so far times the runs still to start, this one included.
            double perBenchmark = (now - firstBenchmarkNanos) / 1e9 / benchmarksStarted;
            int remaining = Math.max(0, inCell - index + 1) + (total - cellPosition) * inCell;
            left = ", about " + duration(perBenchmark * remaining) + " left";
        }
        benchmarksStarted++;
        out.printf("  benchmark %d%s %s%s%n", index, inCell > 0 ? "/" + inCell : "", name, left);
        out.flush();
    }

    void note(String line) {
        out.println(line);
        out.flush();
    }

    /** Mean time of the steps so far times the steps still to run. */
    private String timeLeft() {
        int remaining = total - finished;
        if (remaining == 0) {
            return "all " + noun + "s done";
        }
        return "about " + duration(secondsSoFar / finished * remaining) + " left";
    }

    static String duration(double seconds) {
        if (seconds < 90) {
            return Math.round(seconds) + " s";
        }
        if (seconds < 600) {
            long s = Math.round(seconds);
            return s / 60 + " min " + s % 60 + " s";
        }
        return Math.round(seconds / 60) + " min";
    }
}
