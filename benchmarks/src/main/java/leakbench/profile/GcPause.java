package leakbench.profile;

import java.time.Duration;
import java.time.Instant;

/** One stop-the-world pause as JFR's {@code jdk.GCPhasePause} reports it. */
record GcPause(Instant start, Duration duration, long gcId, String name) {
    Instant end() {
        return start.plus(duration);
    }
}
