package leakbench.caches;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.util.function.IntFunction;
import leakbench.caches.ReportKeys.KeyWithoutEquals;
import leakbench.caches.ReportKeys.RecordKey;
import leakbench.testing.DeepSizeGrowth;
import leakbench.testing.Reachability;
import org.junit.jupiter.api.Test;

/**
 * Memoizing over a bounded key space: a key without equals/hashCode turns every repeated lookup into a new
 * entry. The reachability check follows a key built for a repeated lookup: a correct cache answers from the
 * entry it already has and drops that key; the broken one stores it.
 */
class KeyEqualityTest {
    private static final int KEY_SPACE = 100;
    private static final int LOOKUPS = 1_000;
    private static final int VALUE_SIZE = 256;

    @Test
    void keyWithoutEqualsStoresEveryRepeatedLookup() {
        MemoizedReports<KeyWithoutEquals> cache = newCache();
        lookUp(cache, KeyWithoutEquals::new, 0, LOOKUPS);
        WeakReference<Object> repeated = lookUpOnce(cache, KeyWithoutEquals::new);
        Reachability.assertRetained(repeated, "the key of a repeated lookup");
        assertEquals(LOOKUPS + 1, cache.size());
    }

    @Test
    void recordKeyAnswersRepeatedLookupsFromTheFirstEntry() {
        MemoizedReports<RecordKey> cache = newCache();
        lookUp(cache, RecordKey::new, 0, LOOKUPS);
        WeakReference<Object> repeated = lookUpOnce(cache, RecordKey::new);
        Reachability.assertCollected(repeated, "the key of a repeated lookup");
        assertEquals(KEY_SPACE, cache.size());
    }

    @Test
    void keyWithoutEqualsGrowsLinearly() {
        DeepSizeGrowth.assertGrowsLinearly(LOOKUPS,
                lookups -> lookUp(newCache(), KeyWithoutEquals::new, 0, lookups), "key without equals");
    }

    @Test
    void recordKeyStaysAtTheKeySpace() {
        DeepSizeGrowth.assertBounded(LOOKUPS, lookups -> lookUp(newCache(), RecordKey::new, 0, lookups), "record key");
    }

    private static <K> MemoizedReports<K> newCache() {
        return new MemoizedReports<>(key -> new byte[VALUE_SIZE]);
    }

    /** Looks up {@code count} reports cycling over the key space, building a new key for each, as callers do. */
    private static <K> MemoizedReports<K> lookUp(MemoizedReports<K> cache, KeyFactory<K> keys, int from, int count) {
        for (int i = from; i < from + count; i++) {
            cache.get(keys.create("acme", i % KEY_SPACE));
        }
        return cache;
    }

    /** Repeats the lookup of report 0 with a key built in this frame, so only the cache can keep the key. */
    private static <K> WeakReference<Object> lookUpOnce(MemoizedReports<K> cache, KeyFactory<K> keys) {
        K key = keys.create("acme", 0);
        cache.get(key);
        WeakReference<Object> ref = new WeakReference<>(key);
        Reference.reachabilityFence(cache);
        return ref;
    }

    @FunctionalInterface
    private interface KeyFactory<K> {
        K create(String tenant, int reportId);
    }
}
