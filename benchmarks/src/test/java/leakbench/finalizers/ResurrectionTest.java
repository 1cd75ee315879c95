package leakbench.finalizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.PhantomReference;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;

/**
 * Drives {@link ResurrectingItem} and {@link MortalItem}, the code {@code ResurrectionBenchmark} measures. Each
 * test waits for finalization by polling the {@link Graveyard}'s count with full collections in between.
 */
class ResurrectionTest {
    private static final int ITEMS = 200;
    private static final int PAYLOAD_SIZE = 1024;

    @Test
    void leakyResurrectedItemsStayInMemory() {
        Graveyard graveyard = new Graveyard();
        PhantomReference<byte[]> first = createAndDrop(graveyard, ResurrectingItem::new, ResurrectingItem::payload,
                ITEMS);
        awaitFinalized(graveyard, ITEMS);
        Finalization.assertStillInMemory(first, "the payload of a resurrected item");
        assertEquals(ITEMS, graveyard.savedCount());
    }

    @Test
    void fixedFinalizedItemsAreCollected() {
        Graveyard graveyard = new Graveyard();
        PhantomReference<byte[]> first = createAndDrop(graveyard, MortalItem::new, MortalItem::payload, ITEMS);
        awaitFinalized(graveyard, ITEMS);
        Finalization.assertEventuallyCollected(first, "the payload of a finalized, not resurrected item");
        assertEquals(0, graveyard.savedCount());
    }

    @Test
    void finalizeRunsOnlyOnceSoAForgottenResurrectedItemIsCollected() {
        Graveyard graveyard = new Graveyard();
        PhantomReference<byte[]> first = createAndDrop(graveyard, ResurrectingItem::new, ResurrectingItem::payload,
                ITEMS);
        awaitFinalized(graveyard, ITEMS);
        graveyard.forgetSaved();
        // A second finalize() would save the item again, and it would never be collected.
        Finalization.assertEventuallyCollected(first, "a resurrected item, once forgotten");
        assertEquals(ITEMS, graveyard.finalizedCount(), "finalize() ran once per item, not again");
        assertEquals(0, graveyard.savedCount(), "nothing resurrected itself a second time");
    }

    @Test
    void leakyGraveyardGrowsLinearly() {
        Graveyard graveyard = new Graveyard();
        long[] sizes = new long[3];
        for (int step = 0, total = 0; step < sizes.length; step++) {
            int more = ITEMS << step;
            createAndDrop(graveyard, ResurrectingItem::new, ResurrectingItem::payload, more - total);
            total = more;
            awaitFinalized(graveyard, total);
            sizes[step] = GraphLayout.parseInstance(graveyard).totalSize();
        }
        long perItemFirst = (sizes[1] - sizes[0]) / ITEMS;
        long perItemSecond = (sizes[2] - sizes[1]) / (2L * ITEMS);
        assertTrue(perItemFirst >= PAYLOAD_SIZE, "each resurrected item keeps its payload, was " + perItemFirst + " B");
        assertEquals(perItemFirst, perItemSecond, perItemFirst / 20.0,
                "growth per item should be constant: " + Arrays.toString(sizes));
    }

    @Test
    void fixedGraveyardStaysBounded() {
        Graveyard graveyard = new Graveyard();
        createAndDrop(graveyard, MortalItem::new, MortalItem::payload, ITEMS);
        awaitFinalized(graveyard, ITEMS);
        long atN = GraphLayout.parseInstance(graveyard).totalSize();
        createAndDrop(graveyard, MortalItem::new, MortalItem::payload, 9 * ITEMS);
        awaitFinalized(graveyard, 10 * ITEMS);
        long atTenN = GraphLayout.parseInstance(graveyard).totalSize();
        assertTrue(atTenN <= 2 * atN, "graveyard at 10N (" + atTenN + " B) should stay near N (" + atN + " B)");
    }

    private static void awaitFinalized(Graveyard graveyard, long count) {
        Finalization.awaitUntil(() -> graveyard.finalizedCount() >= count, count + " finalize() runs");
    }

    /** Creates and drops the items; returns a phantom reference to the first payload, nothing else survives. */
    private static <T> PhantomReference<byte[]> createAndDrop(Graveyard graveyard,
            BiFunction<Integer, Graveyard, T> create, Function<T, byte[]> payload, int count) {
        PhantomReference<byte[]> first = Finalization.phantom(payload.apply(create.apply(PAYLOAD_SIZE, graveyard)));
        for (int i = 1; i < count; i++) {
            create.apply(PAYLOAD_SIZE, graveyard);
        }
        return first;
    }
}
