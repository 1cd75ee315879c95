package leakbench.matrix;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a child's log file as it grows and hands every complete line to a consumer, on a daemon thread, so the
 * launcher can report a cell's progress while its output still goes straight to the file.
 */
final class LogFollower implements AutoCloseable {
    private static final long POLL_MILLIS = 250;

    private final Path log;
    private final Consumer<String> lines;
    private final Thread thread;
    private volatile boolean closed;
    private long position;
    private final StringBuilder partial = new StringBuilder();

    private LogFollower(Path log, Consumer<String> lines) {
        this.log = log;
        this.lines = lines;
        this.thread = new Thread(this::follow, "matrix-log-follower");
        thread.setDaemon(true);
    }

    static LogFollower start(Path log, Consumer<String> lines) {
        LogFollower follower = new LogFollower(log, lines);
        follower.thread.start();
        return follower;
    }

    private void follow() {
        try {
            while (!closed) {
                readNew();
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // Progress is a courtesy: a log that cannot be read costs the progress lines, never the run.
        }
    }

    private void readNew() throws IOException {
        if (!Files.isRegularFile(log)) {
            return;
        }
        byte[] bytes;
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            if (length <= position) {
                return;
            }
            bytes = new byte[(int) Math.min(length - position, 1 << 20)];
            file.seek(position);
            file.readFully(bytes);
            position += bytes.length;
        }
        partial.append(new String(bytes, StandardCharsets.UTF_8));
        int newline;
        while ((newline = partial.indexOf("\n")) >= 0) {
            lines.accept(partial.substring(0, newline).stripTrailing());
            partial.delete(0, newline + 1);
        }
    }

    /** Stops following, then hands over whatever the log gained since the last poll. */
    @Override
    public void close() throws InterruptedException {
        closed = true;
        thread.interrupt();
        thread.join(2000);
        if (!thread.isAlive()) {
            try {
                readNew();
            } catch (IOException | RuntimeException e) {
                // as in follow(): progress only
            }
        }
    }
}
