package leakbench.profile;

import java.time.Duration;
import java.time.Instant;
import jdk.jfr.consumer.RecordedEvent;

/**
 * One stop-the-world pause as JFR's {@code jdk.GCPhasePause} reports it; also used for any other span of time
 * JFR reports (a concurrent phase, a forced collection).
 */
record GcPause(Instant start, Duration duration, long gcId, String name) {
    /** The span of a JFR event; events without a GC id or a name get -1 and their event type's name. */
    static GcPause of(RecordedEvent event) {
        long gcId = event.hasField("gcId") ? event.getLong("gcId") : -1;
        String name = event.hasField("name") ? event.getString("name") : event.getEventType().getName();
        return new GcPause(event.getStartTime(), event.getDuration(), gcId, name);
    }

    Instant end() {
        return start.plus(duration);
    }
}
