package leakbench.profile;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The live heap in bytes, read right after a verified {@link FullCollection}, the accurate way per collector.
 *
 * <p>Serial, Parallel and G1 compact everything in a full collection, so the heap pools' usage at the end of
 * that collection ({@link MemoryPoolMXBean#getCollectionUsage()}, summed) is the live heap, unaffected by
 * anything allocated since. ZGC and Shenandoah do not: they leave pages/regions that are mostly live where
 * they are, with their dead space (TLAB tails, fillers) still counted as used, and ZGC counts whole 2 MB
 * pages; on a calibration run that overstated retention by 7% (ZGC) and 2% (Shenandoah). For them the live
 * heap is the total of a class histogram without a further collection ({@code GC.class_histogram -all}),
 * which on these two collectors walks only objects reachable from the roots: exact, at the cost of one heap
 * walk.
 */
final class LiveHeap {
    private static final boolean HISTOGRAM = collectorLeavesDeadSpace();
    /** Re-readings at most while the live heap still shrinks (reference threads catching up). */
    private static final int SETTLE_ROUNDS = 4;
    /** A re-reading that shrinks by no more than this (or 1% of the live heap) counts as settled. */
    private static final long SETTLE_BYTES = 64 * 1024;
    private static final long SETTLE_PAUSE_MS = 10;

    private LiveHeap() {
    }

    /**
     * Collects, then reads. The whole of it is one {@link ForcedCollectionEvent} span, so that GC pauses
     * during the heap walk (ZGC and Shenandoah keep cycling on their own) do not count as the benchmark's.
     */
    static long afterFullCollection() {
        ForcedCollectionEvent span = new ForcedCollectionEvent();
        span.begin();
        long live = collectAndRead();
        for (int round = 0; round < SETTLE_ROUNDS; round++) {
            pauseForReferenceThreads();
            long again = collectAndRead();
            boolean settled = live - again <= Math.max(SETTLE_BYTES, live / 100);
            live = again;
            if (settled) {
                break;
            }
        }
        span.commit();
        return live;
    }

    private static long collectAndRead() {
        FullCollection.run();
        return HISTOGRAM ? histogramTotal() : usageAtLastCollection();
    }

    /**
     * Right after a collection, objects waiting for the Finalizer or a Cleaner thread are still reachable
     * (from the finalizer queue, or from the Cleanable's action); they go once that thread has run and a
     * further collection has passed. A short pause lets those threads run, so that {@code heap.retained}
     * counts what stays rather than a passing backlog. It does not depend on finalization being enabled:
     * with {@code --finalization=disabled} nothing is pending and the first re-reading already settles.
     */
    private static void pauseForReferenceThreads() {
        try {
            Thread.sleep(SETTLE_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean collectorLeavesDeadSpace() {
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (bean.getName().startsWith("ZGC") || bean.getName().startsWith("Shenandoah")) {
                return true;
            }
        }
        return false;
    }

    /** Sum over heap pools of their usage at the end of the last collection (current usage if not recorded). */
    static long usageAtLastCollection() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP || !pool.isValid()) {
                continue;
            }
            MemoryUsage afterCollection = pool.getCollectionUsage();
            total += (afterCollection != null ? afterCollection : pool.getUsage()).getUsed();
        }
        return total;
    }

    /** Bytes in the "Total" line of {@code GC.class_histogram -all}. */
    static long histogramTotal() {
        String histogram;
        try {
            histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[] {"-all"}}, new String[] {String[].class.getName()});
        } catch (JMException e) {
            throw new IllegalStateException("cannot take a class histogram of the heap", e);
        }
        String[] lines = histogram.strip().split("\n");
        String[] total = lines[lines.length - 1].strip().split("\\s+");
        if (total.length < 3 || !total[0].equals("Total")) {
            throw new IllegalStateException("unexpected class histogram ending: " + lines[lines.length - 1]);
        }
        return Long.parseLong(total[2]);
    }
}
