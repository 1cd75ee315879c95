package leakbench.captures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.IntSupplier;
import leakbench.testing.Reachability;
import org.junit.jupiter.api.Test;

/** The seed's Exercise 3 at the seed's size: 1,000,000 elements. */
class ClosureGetterTest {
    /** The seed's {@code large = list(range(1_000_000))}. */
    private static final int SEED_SIZE = 1_000_000;

    @Test
    void aGetterCapturingTheListKeepsTheWholeMillionElementListAlive() {
        KeptAndDropped<IntSupplier> getter =
                KeptAndDropped.make(() -> Getters.largeList(SEED_SIZE), Getters::capturingList);
        Reachability.assertRetained(getter.dropped(), "the 1,000,000-element list captured by the getter");
        assertEquals(0, getter.kept().getAsInt());
    }

    @Test
    void aGetterCapturingTheFirstElementLetsTheMillionElementListGo() {
        KeptAndDropped<IntSupplier> getter =
                KeptAndDropped.make(() -> Getters.largeList(SEED_SIZE), Getters::capturingFirst);
        Reachability.assertCollected(getter.dropped(), "the 1,000,000-element list behind a fixed getter");
        assertEquals(0, getter.kept().getAsInt());
    }

    @Test
    void aGetterCapturingTheListWeighsAsMuchAsTheList() {
        // Each element costs at least a 4-byte reference and a 16-byte Integer.
        DeepSize.assertGrowsLinearly(size -> Getters.capturingList(Getters.largeList(size)), 10_000, 20,
                "getter capturing the list");
    }

    @Test
    void aGetterCapturingTheFirstElementWeighsTheSameWhateverTheListSize() {
        DeepSize.assertBounded(size -> Getters.capturingFirst(Getters.largeList(size)), 10_000,
                "getter capturing the first element");
    }
}
