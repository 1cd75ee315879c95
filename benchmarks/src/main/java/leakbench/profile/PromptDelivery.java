package leakbench.profile;

import java.util.Set;
import jdk.jfr.FlightRecorder;

/**
 * Makes JFR hand a {@link jdk.jfr.consumer.RecordingStream} what has been committed so far, in milliseconds
 * instead of at JFR's next periodic flush (once a second, and JDK 17 and 25 both refuse a shorter
 * {@code flush-interval}: JFR raises anything under one second to one second).
 *
 * <p>Two steps, both through public API:
 * <ol>
 *   <li>{@link FlightRecorder#takeSnapshot()} rotates the disk chunk: every thread's buffer is written out and
 *       the chunk is finished, so every event committed before the call is on disk.</li>
 *   <li>The stream's own thread is then woken with {@link Thread#interrupt()}. Between flushes it sleeps up to
 *       a second waiting for more data; that wait (JDK 17 {@code Utils.waitFlush}, JDK 25
 *       {@code HiddenWait.takeNap}, and the wait for new chunk files) swallows the interrupt and just re-reads
 *       the chunk header, sees the chunk finished, and delivers. Checked in the JDK 17.0.15 and 25.0.3 classes.</li>
 * </ol>
 * If the wake-up ever did nothing (another JDK), the periodic flush still delivers: slower, never wrong. The
 * stream's thread is found when the stream starts ({@link #streamThreadAmong}: the new thread JDK 17 and 25 name
 * "JFR Event Stream N"), so that even the first window closes fast, and confirmed by every batch it reads
 * ({@link #streamThreadIs}).
 */
final class PromptDelivery {
    /** What JDK 17 and 25 call the thread of {@code RecordingStream.startAsync()}. */
    private static final String STREAM_THREAD_NAME = "JFR Event Stream";

    private volatile Thread streamThread;

    /** Picks the stream's thread among the threads started by {@code startAsync()}: those in {@code after} only. */
    void streamThreadAmong(Set<Thread> before, Set<Thread> after) {
        for (Thread thread : after) {
            if (!before.contains(thread) && thread.getName().startsWith(STREAM_THREAD_NAME)) {
                streamThread = thread;
            }
        }
    }

    /** Called from every stream callback: the thread that runs it is the one to wake. */
    void streamThreadIs(Thread thread) {
        if (streamThread != thread) {
            streamThread = thread;
        }
    }

    /** Writes out every event committed so far and wakes the stream. Must not be called holding a lock the stream needs. */
    void request() {
        // Taking the snapshot is what rotates the chunk; its content is not needed.
        FlightRecorder.getFlightRecorder().takeSnapshot().close();
        Thread thread = streamThread;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
