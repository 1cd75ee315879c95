package leakbench.matrix;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.file.Path;

/**
 * JMH's own guard against two benchmark runs measuring each other ({@code java.io.tmpdir/jmh.lock}), held by
 * the launcher for the whole matrix instead of by each cell: another JMH run cannot slip in between two
 * cells, and the cells, which the launcher runs one at a time, are told to ignore the lock it holds.
 * When another JMH instance holds it, the launcher waits for it rather than failing every cell.
 */
final class JmhLock implements AutoCloseable {
    static final String IGNORE = "jmh.ignoreLock";

    private final RandomAccessFile file;
    private final FileLock lock;

    private JmhLock(RandomAccessFile file, FileLock lock) {
        this.file = file;
        this.lock = lock;
    }

    /** Takes the lock, waiting for another JMH instance if need be; nothing when the user set -Djmh.ignoreLock=true. */
    static JmhLock acquire(PrintWriter out) throws IOException, InterruptedException {
        if (Boolean.getBoolean(IGNORE)) {
            return new JmhLock(null, null);
        }
        Path path = Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
        RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw");
        boolean told = false;
        while (true) {
            FileLock lock = file.getChannel().tryLock();
            if (lock != null) {
                return new JmhLock(file, lock);
            }
            if (!told) {
                out.println("matrix: waiting for another JMH instance to finish (it holds " + path + ")");
                out.flush();
                told = true;
            }
            Thread.sleep(1000);
        }
    }

    @Override
    public void close() throws IOException {
        if (lock != null) {
            lock.release();
            file.close();
        }
    }
}
