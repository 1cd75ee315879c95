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

    private LiveHeap() {
    }

    /**
     * Collects, then reads. The whole of it is one {@link ForcedCollectionEvent} span, so that GC pauses
     * during the heap walk (ZGC and Shenandoah keep cycling on their own) do not count as the benchmark's.
     */
    static long afterFullCollection() {
        ForcedCollectionEvent span = new ForcedCollectionEvent();
        span.begin();
        FullCollection.run();
        long live = HISTOGRAM ? histogramTotal() : usageAtLastCollection();
        span.commit();
        return live;
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
