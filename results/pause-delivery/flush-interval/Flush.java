import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.management.ObjectName;
import jdk.jfr.Event;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Name;
import jdk.jfr.consumer.RecordingStream;

/**
 * How long a RecordingStream takes to hand back an event just committed, by way of asking:
 *   none      wait for JFR's own flush;
 *   dcmd      also start a second, empty recording with JFR.start flush-interval=10ms (DiagnosticCommand MBean);
 *   snapshot  after the commit, rotate the chunk (FlightRecorder.takeSnapshot());
 *   snapint   rotate, then interrupt the stream's thread (what PromptDelivery does).
 * The -XX:StartFlightRecording:flush-interval=10ms case is "none" with that JVM option (see run.sh).
 * Prints the median and maximum latency of N marks committed GAP ms after the previous one came back.
 */
public class Flush {
    @Name("x.Mark")
    static class Mark extends Event {
        long seq;
    }

    static volatile Thread streamThread;

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int n = Integer.getInteger("n", 20);
        long gap = Long.getLong("gap", 100);
        BlockingQueue<Long> arrived = new LinkedBlockingQueue<>();
        RecordingStream stream = new RecordingStream();
        stream.enable("x.Mark").withThreshold(Duration.ZERO);
        stream.onEvent("x.Mark", e -> arrived.add(e.getLong("seq")));
        stream.onFlush(() -> streamThread = Thread.currentThread());
        stream.startAsync();
        if (mode.equals("dcmd")) {
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "jfrStart",
                    new Object[] {new String[] {"name=flusher", "flush-interval=10ms",
                            "settings=" + Path.of(System.getProperty("jfc")).toAbsolutePath(), "disk=true"}},
                    new String[] {String[].class.getName()});
        }
        Thread.sleep(1500);
        long[] latency = new long[n];
        for (int i = 0; i < n; i++) {
            Mark mark = new Mark();
            mark.seq = i;
            long start = System.nanoTime();
            mark.commit();
            if (mode.startsWith("snap")) {
                FlightRecorder.getFlightRecorder().takeSnapshot().close();
                Thread thread = streamThread;
                if (mode.equals("snapint") && thread != null) {
                    thread.interrupt();
                }
            }
            while (true) {
                Long seq = arrived.poll(5, TimeUnit.SECONDS);
                if (seq == null) {
                    throw new IllegalStateException("mark " + i + " never came back");
                }
                if (seq == i) {
                    break;
                }
            }
            latency[i] = (System.nanoTime() - start) / 1_000_000;
            Thread.sleep(gap);
        }
        stream.close();
        long[] sorted = latency.clone();
        Arrays.sort(sorted);
        System.out.println("JDK " + Runtime.version().feature() + " " + mode + ": median " + sorted[n / 2] + " ms, max "
                + sorted[n - 1] + " ms over " + n + " marks; all: " + Arrays.toString(latency));
    }
}
