package leakbench.allocation;

import java.util.ArrayList;
import java.util.List;

/**
 * The seed's "Reduce Allocations": building a sequence of values, with and without the allocations that
 * the container itself causes. Each method returns what it built, so callers (and JMH) consume it.
 */
final class Sequences {
    private Sequences() {
    }

    /**
     * A list that starts empty and grows: each time it is full, {@link ArrayList} allocates an array half
     * as large again and copies into it, so filling {@code n} elements allocates about 3.7 {@code n}
     * references' worth of arrays (for {@code n} = 1000), of which all but the last become garbage.
     */
    static List<Integer> growingList(Integer[] values) {
        List<Integer> list = new ArrayList<>();
        for (Integer value : values) {
            list.add(value);
        }
        return list;
    }

    /** A list created with its final capacity: one array of {@code n} references. */
    static List<Integer> preSizedList(Integer[] values) {
        List<Integer> list = new ArrayList<>(values.length);
        for (Integer value : values) {
            list.add(value);
        }
        return list;
    }

    /** Pre-sized, but boxing every {@code int} outside the {@code Integer} cache allocates an object. */
    static List<Integer> boxedList(int[] values) {
        List<Integer> list = new ArrayList<>(values.length);
        for (int value : values) {
            list.add(value);
        }
        return list;
    }

    /** The seed's "Better: pre-allocate" ({@code result = [None] * 1000}): one {@code int[]}, no boxes. */
    static int[] intArray(int[] values) {
        int[] result = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }
}
