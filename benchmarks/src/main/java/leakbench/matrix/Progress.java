package leakbench.matrix;

import java.io.PrintWriter;

/** One line per cell as it starts and as it ends, with an estimate of the time left. */
final class Progress {
    private final PrintWriter out;
    private final int total;
    private double secondsSoFar;
    private int finished;

    Progress(PrintWriter out, int total) {
        this.out = out;
        this.total = total;
    }

    void started(int position, Cell cell) {
        out.printf("cell %d/%d %s ... started%n", position, total, cell.label());
        out.flush();
    }

    void finished(int position, Cell cell, String outcome, String reason, double seconds) {
        secondsSoFar += seconds;
        finished++;
        String detail = reason == null ? "" : " (" + reason + ")";
        out.printf("cell %d/%d %s ... %s%s in %s, %s%n", position, total, cell.label(), outcome, detail,
                duration(seconds), timeLeft());
        out.flush();
    }

    void note(String line) {
        out.println(line);
        out.flush();
    }

    /** Mean time of the cells so far times the cells still to run. */
    private String timeLeft() {
        int remaining = total - finished;
        if (remaining == 0) {
            return "all cells done";
        }
        return "about " + duration(secondsSoFar / finished * remaining) + " left";
    }

    static String duration(double seconds) {
        if (seconds < 90) {
            return Math.round(seconds) + " s";
        }
        return Math.round(seconds / 60) + " min";
    }
}
