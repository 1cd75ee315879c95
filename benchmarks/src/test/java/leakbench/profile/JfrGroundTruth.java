package leakbench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Pauses and concurrent time per measured window, read from the JFR file the forked JVM wrote at exit
 * ({@code -XX:StartFlightRecording}), by the same {@link WindowRule} the profiler applies. The windows are the
 * profiler's own (its {@code leakbench.IterationMark} events, paired by sequence number: begin even, end odd),
 * so the comparison tests the part that can go wrong, the in-process delivery: this reads another recording,
 * from disk, after the fork ended, and sees every event.
 */
record JfrGroundTruth(List<Window> windows) {
    record Window(int pauseCount, Duration pauseTotal, Duration concurrent, List<String> pauseNames) {
    }

    /** The last {@code measured} windows of the recording (warmup windows come first). */
    static JfrGroundTruth read(Path recording, int measured) throws IOException {
        TreeMap<Long, RecordedEvent> marks = new TreeMap<>();
        List<GcPause> pauses = new ArrayList<>();
        List<GcPause> phases = new ArrayList<>();
        List<GcPause> forced = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            switch (event.getEventType().getName()) {
                case IterationMarkEvent.NAME -> marks.put(event.getLong("sequence"), event);
                case "jdk.GCPhasePause" -> pauses.add(GcPause.of(event));
                case "jdk.GCPhaseConcurrent" -> phases.add(GcPause.of(event));
                case ForcedCollectionEvent.NAME -> forced.add(GcPause.of(event));
                default -> { }
            }
        }
        List<Window> windows = new ArrayList<>();
        for (long begin = 0; marks.containsKey(begin) && marks.containsKey(begin + 1); begin += 2) {
            WindowRule rule = new WindowRule(marks.get(begin).getStartTime(), marks.get(begin + 1).getStartTime(),
                    forced);
            List<GcPause> counted = rule.pauses(pauses);
            Duration total = counted.stream().map(GcPause::duration).reduce(Duration.ZERO, Duration::plus);
            windows.add(new Window(counted.size(), total, rule.concurrentTime(phases),
                    counted.stream().map(GcPause::name).toList()));
        }
        if (windows.size() < measured) {
            throw new IllegalStateException("the recording has " + windows.size() + " windows, expected at least "
                    + measured);
        }
        return new JfrGroundTruth(List.copyOf(windows.subList(windows.size() - measured, windows.size())));
    }
}
