package leakbench.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingStream;

/**
 * GC events of this JVM, streamed in-process from JFR, cut into measured windows by {@link WindowRule}.
 *
 * <p>JFR is the only source that sees every stop-the-world pause (the JDK 17 beans miss G1 Remark and Cleanup;
 * the ZGC and Shenandoah "Cycles" beans report concurrent time). One {@link RecordingStream} runs for the
 * whole trial with only the GC events enabled, so nothing is started, stopped or parsed per iteration. Closing
 * a window commits a mark event and waits until it comes back: by then every event committed before it has
 * come back too. JFR would hand it over at its next periodic flush, up to a second later; {@link PromptDelivery}
 * makes that a few milliseconds.
 *
 * <p>One more wait is needed: HotSpot commits the pause and phase events of a collection only when the whole
 * collection ends (checked on G1, ZGC and Shenandoah), so the pauses of a concurrent cycle that is still
 * running when the window closes are not there yet. A collection's start is visible at once (its
 * "Before GC" {@code jdk.GCHeapSummary}), so closing a window also waits until every collection that started
 * before the window's end has ended ({@code jdk.GarbageCollection}), asking for delivery every few milliseconds.
 */
final class GcEventStream implements AutoCloseable {
    private static final String PAUSE = "jdk.GCPhasePause";
    private static final String CONCURRENT = "jdk.GCPhaseConcurrent";
    private static final String COLLECTION = "jdk.GarbageCollection";
    private static final String HEAP_SUMMARY = "jdk.GCHeapSummary";

    /** How long to wait for a delivery before asking JFR again. */
    private static final long DELIVERY_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final RecordingStream stream = new RecordingStream();
    private final PromptDelivery delivery = new PromptDelivery();
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
        stream.onEvent(PAUSE, event -> add(pauses, GcPause.of(event)));
        stream.onEvent(CONCURRENT, event -> add(concurrentPhases, GcPause.of(event)));
        stream.onEvent(ForcedCollectionEvent.NAME, event -> add(forcedCollections, GcPause.of(event)));
        stream.onEvent(COLLECTION, this::collectionEnded);
        stream.onEvent(HEAP_SUMMARY, this::heapSummary);
        stream.onEvent(IterationMarkEvent.NAME, this::markArrived);
        stream.onError(this::failed);
        // Runs on the stream's thread after every batch it reads: the thread PromptDelivery wakes.
        stream.onFlush(() -> delivery.streamThreadIs(Thread.currentThread()));
    }

    static GcEventStream start() {
        GcEventStream events = new GcEventStream();
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        events.stream.startAsync();
        events.delivery.streamThreadAmong(before, Thread.getAllStackTraces().keySet());
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
     * Waits until the {@code end} mark has come back and every collection that started before it has ended,
     * then returns the GC work between the two marks by {@link WindowRule} and forgets everything received so
     * far (what lies outside this window lies outside every later one too), except concurrent phases still
     * running at the end, which go on into the next window.
     */
    GcWindow awaitWindow(long begin, long end, Duration timeout) throws InterruptedException {
        long marksDeadline = System.nanoTime() + timeout.toNanos();
        if (!awaitDelivery(() -> marks.containsKey(end), marksDeadline)) {
            throw new IllegalStateException("JFR did not deliver GC events within " + timeout
                    + "; refusing to report incomplete pause figures");
        }
        Instant endTime;
        synchronized (lock) {
            endTime = marks.get(end);
        }
        long collectionsDeadline = System.nanoTime() + timeout.toNanos();
        if (!awaitDelivery(() -> !collectionRunningBefore(endTime), collectionsDeadline)) {
            synchronized (lock) {
                // A collection that never reports its end would stall every later window: give up on it.
                System.err.println("GcPauseProfiler: collection(s) " + running.keySet() + " did not end within "
                        + timeout + "; their pauses in this iteration may be missing");
                running.clear();
            }
        }
        synchronized (lock) {
            Instant from = marks.remove(begin);
            Instant to = marks.remove(end);
            if (from == null) {
                throw new IllegalStateException("the mark opening the window never arrived");
            }
            WindowRule rule = new WindowRule(from, to, List.copyOf(forcedCollections));
            GcWindow window = new GcWindow(rule.pauses(pauses), rule.concurrentTime(concurrentPhases),
                    new ArrayList<>(collections));
            pauses.clear();
            // A benchmark's concurrent phase still running at the window's end goes on into the next window.
            concurrentPhases.removeIf(phase -> !phase.end().isAfter(to) || rule.forced(phase.start()));
            forcedCollections.clear();
            collections.clear();
            return window;
        }
    }

    /**
     * Asks JFR for delivery until {@code condition} (read under the lock) holds or the deadline passes; true
     * when it holds. Delivery is asked for outside the lock, which the stream's callbacks need.
     */
    private boolean awaitDelivery(BooleanSupplier condition, long deadline) throws InterruptedException {
        while (true) {
            synchronized (lock) {
                if (failure != null) {
                    throw new IllegalStateException("JFR event stream failed", failure);
                }
                if (condition.getAsBoolean()) {
                    return true;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            delivery.request();
            synchronized (lock) {
                if (!condition.getAsBoolean() && failure == null) {
                    TimeUnit.NANOSECONDS.timedWait(lock, Math.min(left, DELIVERY_POLL_NANOS));
                }
            }
        }
    }

    @Override
    public void close() {
        stream.close();
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
