package leakbench.caches;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import leakbench.testing.DeepSizeGrowth;
import leakbench.testing.Reachability;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The growing-cache scenario: unbounded maps keep every value, bounded caches keep at most their capacity. */
class GrowingCacheTest {
    /** The seed's BoundedCache exercise: 100 entries, then 10,000 inserts. */
    private static final int CAPACITY = 100;
    private static final int INSERTS = 10_000;
    private static final int VALUE_SIZE = 256;

    @ParameterizedTest
    @EnumSource(CacheKind.class)
    void unboundedCachesKeepTheFirstValueBoundedOnesEvictIt(CacheKind kind) {
        ValueCache cache = kind.create(CAPACITY);
        WeakReference<byte[]> first = putFirstValue(cache);
        putValues(cache, 1, INSERTS);
        if (kind.isBounded()) {
            Reachability.assertCollected(first, kind + "'s first value, evicted after " + INSERTS + " inserts");
            assertEquals(CAPACITY, cache.size());
        } else {
            Reachability.assertRetained(first, kind + "'s first value, never evicted");
            assertEquals(INSERTS, cache.size());
        }
        Reference.reachabilityFence(cache);
    }

    @ParameterizedTest
    @EnumSource(CacheKind.class)
    void unboundedCachesGrowLinearlyBoundedOnesStayConstant(CacheKind kind) {
        if (kind.isBounded()) {
            DeepSizeGrowth.assertBounded(INSERTS / 10, ops -> filled(kind, ops), kind.toString());
        } else {
            DeepSizeGrowth.assertGrowsLinearly(INSERTS / 10, ops -> filled(kind, ops), kind.toString());
        }
    }

    private static ValueCache filled(CacheKind kind, int inserts) {
        ValueCache cache = kind.create(CAPACITY);
        putValues(cache, 0, inserts);
        return cache;
    }

    /** In its own frame, so that only the cache holds the value. */
    private static WeakReference<byte[]> putFirstValue(ValueCache cache) {
        byte[] value = new byte[VALUE_SIZE];
        cache.put(0L, value);
        return new WeakReference<>(value);
    }

    private static void putValues(ValueCache cache, long fromKey, long toKeyExclusive) {
        for (long key = fromKey; key < toKeyExclusive; key++) {
            cache.put(key, new byte[VALUE_SIZE]);
        }
    }
}
