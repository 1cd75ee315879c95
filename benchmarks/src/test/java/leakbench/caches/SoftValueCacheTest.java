package leakbench.caches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.Reference;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import leakbench.testing.DeepSizeGrowth;
import leakbench.testing.Reachability;
import org.junit.jupiter.api.Test;

/**
 * Soft values without a bound. {@code System.gc()} does not clear soft values while the heap has room, so
 * these tests do not wait for the collector to clear them: where it matters they clear the values themselves,
 * exactly as the collector does under memory pressure ({@link Reference#clear()}), and show that the entries
 * and their wrappers stay anyway. Nothing here depends on {@code -XX:SoftRefLRUPolicyMSPerMB}.
 */
class SoftValueCacheTest {
    private static final int CAPACITY = 100;
    private static final int INSERTS = 10_000;
    private static final int VALUE_SIZE = 256;

    @Test
    void unboundedKeepsEveryWrapperAfterTheCollectorClearsTheValues() {
        SoftValueCache cache = SoftValueCache.unbounded();
        WeakReference<SoftReference<byte[]>> firstWrapper = putFirstEntryThenMore(cache);
        clearValuesAsUnderMemoryPressure(cache);
        Reachability.assertRetained(firstWrapper, "the first entry's SoftReference, whose value was cleared");
        assertEquals(INSERTS, cache.size());
        assertNull(cache.get(0L));
    }

    @Test
    void boundedEvictsTheFirstWrapper() {
        SoftValueCache cache = SoftValueCache.bounded(CAPACITY);
        WeakReference<SoftReference<byte[]>> firstWrapper = putFirstEntryThenMore(cache);
        Reachability.assertCollected(firstWrapper, "the first entry's SoftReference, evicted by the bound");
        assertEquals(CAPACITY, cache.size());
    }

    /**
     * Why the leaky benchmark's retained heap counts the values: a verified full collection with plenty of free
     * heap leaves softly reachable values in place. Fails on a JVM whose policy clears them at every collection
     * ({@code -XX:SoftRefLRUPolicyMSPerMB=0}), which is what the benchmark's Javadoc says too.
     */
    @Test
    void aFullCollectionWithRoomToSpareKeepsSoftValues() {
        SoftValueCache cache = SoftValueCache.unbounded();
        WeakReference<byte[]> firstValue = putFirstValueThenMore(cache);
        Reachability.assertRetained(firstValue, "a softly held value after System.gc()");
        Reference.reachabilityFence(cache);
    }

    @Test
    void boundedLetsTheFirstValueGo() {
        SoftValueCache cache = SoftValueCache.bounded(CAPACITY);
        WeakReference<byte[]> firstValue = putFirstValueThenMore(cache);
        Reachability.assertCollected(firstValue, "the first value, evicted by the bound");
        Reference.reachabilityFence(cache);
    }

    /** Even with every value cleared, each put leaves a key, an entry and an empty SoftReference. */
    @Test
    void unboundedGrowsLinearlyWithClearedValues() {
        DeepSizeGrowth.assertGrowsLinearly(INSERTS / 10, inserts -> {
            SoftValueCache cache = SoftValueCache.unbounded();
            putValues(cache, 0, inserts);
            clearValuesAsUnderMemoryPressure(cache);
            return cache;
        }, "unbounded soft-value cache with cleared values");
    }

    @Test
    void boundedStaysConstant() {
        DeepSizeGrowth.assertBounded(INSERTS / 10, inserts -> {
            SoftValueCache cache = SoftValueCache.bounded(CAPACITY);
            putValues(cache, 0, inserts);
            return cache;
        }, "bounded soft-value cache");
    }

    /** What the collector does to soft references before it gives up with an OutOfMemoryError. */
    private static void clearValuesAsUnderMemoryPressure(SoftValueCache cache) {
        cache.wrappers().forEach(Reference::clear);
    }

    /** Follows the first entry's wrapper, taken in this frame so that only the cache holds it. */
    private static WeakReference<SoftReference<byte[]>> putFirstEntryThenMore(SoftValueCache cache) {
        putValues(cache, 0, 1);
        WeakReference<SoftReference<byte[]>> first = new WeakReference<>(cache.wrappers().iterator().next());
        putValues(cache, 1, INSERTS);
        return first;
    }

    /** Follows the first value, created in this frame so that only the cache holds it. */
    private static WeakReference<byte[]> putFirstValueThenMore(SoftValueCache cache) {
        byte[] value = new byte[VALUE_SIZE];
        cache.put(0L, value);
        putValues(cache, 1, INSERTS);
        return new WeakReference<>(value);
    }

    private static void putValues(SoftValueCache cache, long fromKey, long toKeyExclusive) {
        for (long key = fromKey; key < toKeyExclusive; key++) {
            cache.put(key, new byte[VALUE_SIZE]);
        }
    }
}
