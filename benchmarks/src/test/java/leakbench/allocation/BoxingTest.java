package leakbench.allocation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;

class BoxingTest {
    private static final int SIZE = 1000;
    private static final int[] VALUES = new Random(42).ints(SIZE).toArray();

    @Test
    void bothWaysHoldTheSameValues() {
        List<Integer> boxed = Sequences.boxedList(VALUES);
        assertArrayEquals(VALUES, boxed.stream().mapToInt(Integer::intValue).toArray());
        assertArrayEquals(VALUES, Sequences.intArray(VALUES));
    }

    @Test
    void theBoxedListOccupiesAtLeastFourTimesTheArraysHeap() {
        long boxed = GraphLayout.parseInstance(Sequences.boxedList(VALUES)).totalSize();
        long array = GraphLayout.parseInstance((Object) Sequences.intArray(VALUES)).totalSize();
        // Per value: a 4-byte reference plus a 16-byte Integer against 4 bytes in the array.
        assertTrue(boxed >= 4 * array, "boxed list " + boxed + " B vs int[] " + array + " B");
    }
}
