package leakbench.gc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jol.info.GraphLayout;

/**
 * The workload of the gc family: its live set stays bounded, and the garbage a default {@code EpsilonBenchmark}
 * run makes fits the Epsilon fork's heap with room to spare (Epsilon never reclaims anything).
 */
class ChurnTest {
    private static final int SLOTS = 1024;
    private static final int CHUNK = 256;

    @Test
    void liveSetStaysBounded() {
        Churn churn = new Churn(SLOTS, CHUNK);
        run(churn, SLOTS);
        long atSlots = GraphLayout.parseInstance(churn).totalSize();
        run(churn, 9 * SLOTS);
        long atTenSlots = GraphLayout.parseInstance(churn).totalSize();
        assertTrue(atTenSlots <= atSlots, "the ring keeps " + SLOTS + " chunks however long it runs: " + atSlots
                + " B, then " + atTenSlots + " B");
    }

    @Test
    void defaultEpsilonRunFitsHalfTheEpsilonHeap() throws NoSuchMethodException {
        long bytesPerOperation = allocatedBytesPerOperation();
        Warmup warmup = EpsilonBenchmark.class.getAnnotation(Warmup.class);
        Measurement measurement = EpsilonBenchmark.class.getAnnotation(Measurement.class);
        long operations = (long) warmup.iterations() * warmup.batchSize()
                + (long) measurement.iterations() * measurement.batchSize();
        Fork fork = EpsilonBenchmark.class.getMethod("underEpsilon").getAnnotation(Fork.class);
        assertTrue(Arrays.asList(fork.jvmArgs()).contains("-XX:+UseEpsilonGC"), "underEpsilon forks with Epsilon");
        long heap = maxHeapBytes(fork.jvmArgs())
                .orElseThrow(() -> new AssertionError("no -Xmx in " + Arrays.toString(fork.jvmArgs())));
        long garbage = operations * bytesPerOperation;
        assertTrue(garbage < heap / 2, operations + " operations x " + bytesPerOperation + " B = " + garbage
                + " B of garbage should fit half of the " + heap + " B Epsilon heap");
    }

    /** Allocation of one operation, measured on this thread after warming the JIT (escape analysis included). */
    private static long allocatedBytesPerOperation() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Churn churn = new Churn(SLOTS, CHUNK);
        run(churn, 200_000);
        int operations = 100_000;
        long before = threads.getCurrentThreadAllocatedBytes();
        run(churn, operations);
        long after = threads.getCurrentThreadAllocatedBytes();
        long perOperation = (after - before + operations - 1) / operations;
        assertTrue(perOperation >= CHUNK, "each operation allocates its chunk, measured " + perOperation + " B");
        return perOperation;
    }

    private static int run(Churn churn, int operations) {
        int sum = 0;
        for (int i = 0; i < operations; i++) {
            sum += churn.process(i);
        }
        return sum;
    }

    private static Optional<Long> maxHeapBytes(String[] jvmArgs) {
        return Arrays.stream(jvmArgs).filter(a -> a.startsWith("-Xmx")).findFirst().map(a -> parseSize(a.substring(4)));
    }

    private static long parseSize(String size) {
        char unit = Character.toLowerCase(size.charAt(size.length() - 1));
        long number = Long.parseLong(Character.isDigit(unit) ? size : size.substring(0, size.length() - 1));
        return switch (unit) {
            case 'k' -> number << 10;
            case 'm' -> number << 20;
            case 'g' -> number << 30;
            default -> number;
        };
    }
}
