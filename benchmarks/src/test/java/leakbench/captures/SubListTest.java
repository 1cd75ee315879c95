package leakbench.captures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import leakbench.testing.Reachability;
import org.junit.jupiter.api.Test;

class SubListTest {
    private static final int HITS = 100_000;
    private static final int TOP = 10;

    @Test
    void viewAndCopyHoldTheSameHits() {
        List<Integer> hits = SearchResults.query(new Random(1), HITS);
        assertEquals(SearchResults.topView(hits, TOP), SearchResults.topCopy(hits, TOP));
    }

    @Test
    void aSubListViewKeepsTheWholeResultListAlive() {
        KeptAndDropped<List<Integer>> top = KeptAndDropped.make(
                () -> SearchResults.query(new Random(1), HITS), hits -> SearchResults.topView(hits, TOP));
        Reachability.assertRetained(top.dropped(), "the full result list behind a subList view");
        assertEquals(TOP, top.kept().size());
    }

    @Test
    void aCopyLetsTheResultListGo() {
        KeptAndDropped<List<Integer>> top = KeptAndDropped.make(
                () -> SearchResults.query(new Random(1), HITS), hits -> SearchResults.topCopy(hits, TOP));
        Reachability.assertCollected(top.dropped(), "the full result list behind List.copyOf");
        assertEquals(TOP, top.kept().size());
    }

    @Test
    void aSubListViewWeighsAsMuchAsTheWholeList() {
        // Each hit costs at least a 4-byte reference and a 16-byte Integer.
        DeepSize.assertGrowsLinearly(hits -> SearchResults.topView(SearchResults.query(new Random(1), hits), TOP),
                10_000, 20, "subList view");
    }

    @Test
    void aCopyWeighsTheSameWhateverTheListSize() {
        DeepSize.assertBounded(hits -> SearchResults.topCopy(SearchResults.query(new Random(1), hits), TOP),
                10_000, "List.copyOf of the top hits");
    }
}
