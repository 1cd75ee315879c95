package leakbench.captures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The seed's Exercise 3: a getter made from a large list that only ever returns the list's first element.
 * Whatever the getter's lambda captures lives as long as the getter does.
 */
final class Getters {
    private Getters() {
    }

    /** {@code list(range(size))}: boxed, as a Python list of ints is. */
    static List<Integer> largeList(int size) {
        List<Integer> large = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            large.add(i);
        }
        return large;
    }

    /** Leaky: the lambda reads {@code large.get(0)} when called, so it captures the whole list. */
    static IntSupplier capturingList(List<Integer> large) {
        return () -> large.get(0);
    }

    /** Fixed: the first element is read now; the lambda captures one int and the list can go. */
    static IntSupplier capturingFirst(List<Integer> large) {
        int first = large.get(0);
        return () -> first;
    }
}
