package leakbench.matrix;

import java.io.PrintWriter;

/** One line per step (a cell, or a fork of a comparison) as it starts and as it ends, with the time left. */
final class Progress {
    private final PrintWriter out;
    private final int total;
    private final String noun;
    private double secondsSoFar;
    private int finished;

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
        return Math.round(seconds / 60) + " min";
    }
}
