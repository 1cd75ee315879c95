package leakbench.analysis.report;

/** One stop-the-world pause: when it started and how long it lasted, in milliseconds on the fork's clock. */
public record Pause(double startMs, double durationMs) {
}
