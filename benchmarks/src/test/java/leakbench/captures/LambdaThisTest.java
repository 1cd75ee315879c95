package leakbench.captures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Supplier;
import leakbench.testing.Reachability;
import org.junit.jupiter.api.Test;

class LambdaThisTest {
    private static final int ROW_BYTES = 1 << 20;

    @Test
    void aLambdaReadingAFieldKeepsItsWholeOwnerAlive() {
        KeptAndDropped<Supplier<String>> title =
                KeptAndDropped.make(() -> Report.numbered(7, ROW_BYTES), Report::titleCapturingThis);
        Reachability.assertRetained(title.dropped(), "the report captured as this");
        assertEquals("report 7", title.kept().get());
    }

    @Test
    void aLambdaReadingALocalCopyLetsTheOwnerGo() {
        KeptAndDropped<Supplier<String>> title =
                KeptAndDropped.make(() -> Report.numbered(7, ROW_BYTES), Report::titleCapturingValue);
        Reachability.assertCollected(title.dropped(), "the report behind a lambda that copied its title");
        assertEquals("report 7", title.kept().get());
    }

    @Test
    void aLambdaCapturingThisWeighsAsMuchAsItsOwner() {
        DeepSize.assertGrowsLinearly(rowBytes -> Report.numbered(7, rowBytes).titleCapturingThis(), 65_536, 1,
                "lambda capturing this");
    }

    @Test
    void aLambdaCapturingTheValueWeighsTheSameWhateverItsOwnersSize() {
        DeepSize.assertBounded(rowBytes -> Report.numbered(7, rowBytes).titleCapturingValue(), 65_536,
                "lambda capturing the title");
    }
}
