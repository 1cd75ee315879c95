package leakbench.captures;

import java.util.ArrayList;
import java.util.List;

/**
 * What the caller keeps in a retention benchmark: the small objects it holds on to after each operation.
 * It lives in trial state, so whatever those objects capture accumulates over the iterations.
 */
final class Kept {
    private final List<Object> objects = new ArrayList<>();

    /** Keeps {@code object} and returns it, so the benchmark can return it too. */
    <T> T keep(T object) {
        objects.add(object);
        return object;
    }
}
