package leakbench.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingStream;

/**
 * GC events of this JVM, streamed in-process from JFR, cut into measured windows.
 *
 * <p>JFR is the only source that sees every stop-the-world pause (the JDK 17 beans miss G1 Remark and Cleanup;
 * the ZGC and Shenandoah "Cycles" beans report concurrent time). One {@link RecordingStream} runs for the
 * whole trial with only the GC events enabled, so nothing is started, stopped or parsed per iteration. JFR
 * hands events over in batches (about once a second), so closing a window commits a mark event and waits
 * until it comes back: by then every event committed before it has come back too.
 *
 * <p>One more wait is needed: HotSpot commits the pause and phase events of a collection only when the whole
 * collection ends (checked on G1, ZGC and Shenandoah), so the pauses of a concurrent cycle that is still
 * running when the window closes are not there yet. A collection's start is visible at once (its
 * "Before GC" {@code jdk.GCHeapSummary}), so closing a window also waits until every collection that started
 * before the window's end has ended ({@code jdk.GarbageCollection}).
 */
final class GcEventStream implements AutoCloseable {
    private static final String PAUSE = "jdk.GCPhasePause";
    private static final String CONCURRENT = "jdk.GCPhaseConcurrent";
    private static final String COLLECTION = "jdk.GarbageCollection";
    private static final String HEAP_SUMMARY = "jdk.GCHeapSummary";

    private final RecordingStream stream = new RecordingStream();
    private final Object lock = new Object();
    // Everything below is guarded by lock and emptied each time a window is taken.
    private final List<GcPause> pauses = new ArrayList<>();
    private final List<GcPause> concurrentPhases = new ArrayList<>();
    private final List<GcPause> forcedCollections = new ArrayList<>();
    private final List<GcCollection> collections = new ArrayList<>();
    private final Map<Long, Instant> marks = new HashMap<>();
    /** Collections started but not yet ended: GC id to start. Kept across windows. */
    private final Map<Long, Instant> running = new HashMap<>();
    private long nextMark;
    private Throwable failure;

    private GcEventStream() {
        for (String name : List.of(PAUSE, CONCURRENT, COLLECTION, HEAP_SUMMARY, ForcedCollectionEvent.NAME,
                IterationMarkEvent.NAME)) {
            stream.enable(name).withThreshold(Duration.ZERO).withoutStackTrace();
        }
        // Bounded disk use on long runs; events are consumed within seconds.
        stream.setMaxAge(Duration.ofMinutes(2));
        stream.onEvent(PAUSE, event -> add(pauses, span(event)));
        stream.onEvent(CONCURRENT, event -> add(concurrentPhases, span(event)));
        stream.onEvent(ForcedCollectionEvent.NAME, event -> add(forcedCollections, span(event)));
        stream.onEvent(COLLECTION, this::collectionEnded);
        stream.onEvent(HEAP_SUMMARY, this::heapSummary);
        stream.onEvent(IterationMarkEvent.NAME, this::markArrived);
        stream.onError(this::failed);
    }

    static GcEventStream start() {
        GcEventStream events = new GcEventStream();
        events.stream.startAsync();
        return events;
    }

    /** Commits a mark; its JFR timestamp opens or closes a window. */
    long mark() {
        long sequence;
        synchronized (lock) {
            sequence = nextMark++;
        }
        IterationMarkEvent event = new IterationMarkEvent();
        event.sequence = sequence;
        event.commit();
        return sequence;
    }

    /**
     * Waits until the {@code end} mark has come back, then returns the GC work between the two marks and
     * forgets everything received so far (what lies outside this window lies outside every later one too).
     * Pauses that start inside a forced collection are left out, and so are the concurrent phases of those
     * collections.
     */
    GcWindow awaitWindow(long begin, long end, Duration timeout) throws InterruptedException {
        synchronized (lock) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!marks.containsKey(end)) {
                waitUntil(deadline, "JFR did not deliver GC events within " + timeout
                        + "; refusing to report incomplete pause figures");
            }
            long collectionsDeadline = System.nanoTime() + timeout.toNanos();
            while (collectionRunningBefore(marks.get(end))) {
                if (System.nanoTime() >= collectionsDeadline) {
                    // A collection that never reports its end would stall every later window: give up on it.
                    System.err.println("GcPauseProfiler: collection(s) " + running.keySet() + " did not end within "
                            + timeout + "; their pauses in this iteration may be missing");
                    running.clear();
                    break;
                }
                waitUntil(collectionsDeadline, null);
            }
            Instant from = marks.remove(begin);
            Instant to = marks.remove(end);
            if (from == null) {
                throw new IllegalStateException("the mark opening the window never arrived");
            }
            List<GcPause> windowPauses = new ArrayList<>();
            for (GcPause pause : pauses) {
                if (within(pause.start(), from, to) && !forced(pause.start())) {
                    windowPauses.add(pause);
                }
            }
            List<GcPause> benchmarkPhases = new ArrayList<>();
            for (GcPause phase : concurrentPhases) {
                if (!forced(phase.start())) {
                    benchmarkPhases.add(phase);
                }
            }
            Duration concurrent = ConcurrentTime.union(benchmarkPhases, from, to);
            GcWindow window = new GcWindow(windowPauses, concurrent, new ArrayList<>(collections));
            pauses.clear();
            // A concurrent phase still running at the window's end goes on into the next window: keep it.
            concurrentPhases.removeIf(phase -> !phase.end().isAfter(to));
            forcedCollections.clear();
            collections.clear();
            return window;
        }
    }

    @Override
    public void close() {
        stream.close();
    }

    private boolean forced(Instant instant) {
        for (GcPause span : forcedCollections) {
            if (!instant.isBefore(span.start()) && !instant.isAfter(span.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(Instant instant, Instant from, Instant to) {
        return !instant.isBefore(from) && !instant.isAfter(to);
    }

    private static GcPause span(RecordedEvent event) {
        long gcId = event.hasField("gcId") ? event.getLong("gcId") : -1;
        String name = event.hasField("name") ? event.getString("name") : event.getEventType().getName();
        return new GcPause(event.getStartTime(), event.getDuration(), gcId, name);
    }

    private void waitUntil(long deadline, String timeoutMessage) throws InterruptedException {
        if (failure != null) {
            throw new IllegalStateException("JFR event stream failed", failure);
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            if (timeoutMessage != null) {
                throw new IllegalStateException(timeoutMessage);
            }
            return;
        }
        TimeUnit.NANOSECONDS.timedWait(lock, left);
    }

    /** True while a collection that started before {@code instant} has not reported its end. */
    private boolean collectionRunningBefore(Instant instant) {
        for (Instant start : running.values()) {
            if (!start.isAfter(instant)) {
                return true;
            }
        }
        return false;
    }

    private void heapSummary(RecordedEvent event) {
        if (event.getString("when").startsWith("Before")) {
            synchronized (lock) {
                running.putIfAbsent(event.getLong("gcId"), event.getStartTime());
            }
        }
    }

    private void collectionEnded(RecordedEvent event) {
        synchronized (lock) {
            long gcId = event.getLong("gcId");
            running.remove(gcId);
            collections.add(new GcCollection(gcId, event.getString("name"), event.getString("cause")));
            lock.notifyAll();
        }
    }

    private <T> void add(List<T> list, T item) {
        synchronized (lock) {
            list.add(item);
        }
    }

    private void markArrived(RecordedEvent event) {
        synchronized (lock) {
            marks.put(event.getLong("sequence"), event.getStartTime());
            lock.notifyAll();
        }
    }

    private void failed(Throwable error) {
        synchronized (lock) {
            failure = error;
            lock.notifyAll();
        }
    }
}
