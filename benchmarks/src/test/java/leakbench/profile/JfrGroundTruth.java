package leakbench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Pauses and concurrent phases per measurement iteration, read from the JFR file the forked JVM wrote
 * ({@code -XX:StartFlightRecording}), cut by {@link WindowMarkProfiler}'s marks. Independent of
 * GcPauseProfiler's own code path: another recording, read from disk after the fork ended.
 */
record JfrGroundTruth(List<Window> windows) {
    record Window(int pauseCount, Duration pauseTotal, Duration concurrent, List<String> pauseNames) {
    }

    static JfrGroundTruth read(Path recording) throws IOException {
        List<RecordedEvent> events = RecordingFile.readAllEvents(recording);
        events.sort(Comparator.comparing(RecordedEvent::getStartTime));
        List<Window> windows = new ArrayList<>();
        Instant begin = null;
        for (RecordedEvent mark : events) {
            if (!mark.getEventType().getName().equals(WindowMarkProfiler.EVENT) || !mark.getBoolean("measurement")) {
                continue;
            }
            if (mark.getBoolean("begin")) {
                begin = mark.getStartTime();
            } else if (begin != null) {
                windows.add(window(events, begin, mark.getStartTime()));
                begin = null;
            }
        }
        return new JfrGroundTruth(windows);
    }

    private static Window window(List<RecordedEvent> events, Instant from, Instant to) {
        int count = 0;
        Duration pauses = Duration.ZERO;
        List<String> names = new ArrayList<>();
        // Concurrent time: wall time covered by at least one concurrent phase, clipped to the window
        // (events are sorted by start, so one sweep suffices).
        Duration concurrent = Duration.ZERO;
        Instant covered = from;
        for (RecordedEvent event : events) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.GCPhasePause") && inside(event.getStartTime(), from, to)) {
                count++;
                pauses = pauses.plus(event.getDuration());
                names.add(event.getString("name"));
            } else if (type.equals("jdk.GCPhaseConcurrent")) {
                Instant start = event.getStartTime().isAfter(covered) ? event.getStartTime() : covered;
                Instant end = event.getEndTime().isBefore(to) ? event.getEndTime() : to;
                if (start.isBefore(end)) {
                    concurrent = concurrent.plus(Duration.between(start, end));
                    covered = end;
                }
            }
        }
        return new Window(count, pauses, concurrent, names);
    }

    private static boolean inside(Instant instant, Instant from, Instant to) {
        return !instant.isBefore(from) && !instant.isAfter(to);
    }
}
