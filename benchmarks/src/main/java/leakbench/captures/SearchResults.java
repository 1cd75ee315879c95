package leakbench.captures;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A query's full result list, of which the caller keeps only the first few hits. {@link List#subList} is a
 * view: it keeps a reference to the whole backing list, so keeping the view keeps every hit.
 */
final class SearchResults {
    private SearchResults() {
    }

    /** A fresh result list of {@code size} boxed scores, as a query would return it. */
    static List<Integer> query(Random random, int size) {
        List<Integer> hits = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            hits.add(random.nextInt());
        }
        return hits;
    }

    /** Leaky: a view of the first {@code count} hits that holds the whole list. */
    static List<Integer> topView(List<Integer> hits, int count) {
        return hits.subList(0, count);
    }

    /** Fixed: an immutable copy of the first {@code count} hits; the full list can go. */
    static List<Integer> topCopy(List<Integer> hits, int count) {
        return List.copyOf(hits.subList(0, count));
    }
}
