package leakbench.profile;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.util.List;

/**
 * A verified full collection. {@link System#gc()} is only a hint: under {@code -XX:+DisableExplicitGC} or
 * Epsilon it does nothing. This asks for a collection and then checks that one really happened: the
 * collector beans' count went up and a fresh, unreachable sentinel object was reclaimed. It never depends
 * on finalization, which can be disabled ({@code --finalization=disabled}).
 *
 * <p>Each run is recorded as a {@link ForcedCollectionEvent} so that pause accounting can leave it out.
 *
 * <p>Used by the reachability tests and by {@code HeapGrowthProfiler}, so that both mean the same thing by
 * "after a full collection".
 */
public final class FullCollection {
    /** Rounds of {@code System.gc()}: the second one reclaims what the first one's reference processing freed. */
    private static final int ROUNDS = 2;
    private static final int MAX_ATTEMPTS = 50;

    private FullCollection() {
    }

    /** True when this JVM's collector can reclaim anything at all (false under Epsilon). */
    public static boolean isSupported() {
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (bean.getName().startsWith("Epsilon")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs full collections until one is verified.
     *
     * @throws IllegalStateException when no collection could be verified (Epsilon, explicit GC disabled)
     */
    public static void run() {
        if (!isSupported()) {
            throw new IllegalStateException("this JVM's collector (Epsilon) never collects");
        }
        ForcedCollectionEvent span = new ForcedCollectionEvent();
        span.begin();
        for (int round = 0; round < ROUNDS; round++) {
            collectOnce();
        }
        span.commit();
    }

    private static void collectOnce() {
        long countBefore = collectionCount();
        WeakReference<Object> sentinel = newSentinel();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            System.gc();
            if (collectionCount() > countBefore && sentinel.refersTo(null)) {
                return;
            }
            sleepQuietly(attempt < 5 ? 10 : 100);
        }
        throw new IllegalStateException("System.gc() did not collect (is -XX:+DisableExplicitGC set?)");
    }

    /** Allocated in its own frame so that no local variable of the caller keeps the sentinel alive. */
    private static WeakReference<Object> newSentinel() {
        return new WeakReference<>(new Object());
    }

    /** Collections of all collector beans, pauses and cycles alike: any increase shows that something ran. */
    static long collectionCount() {
        List<GarbageCollectorMXBean> beans = ManagementFactory.getGarbageCollectorMXBeans();
        long total = 0;
        for (GarbageCollectorMXBean bean : beans) {
            total += Math.max(0, bean.getCollectionCount());
        }
        return total;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a collection", e);
        }
    }
}
