package leakbench.captures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.function.IntFunction;
import leakbench.testing.Reachability;
import org.junit.jupiter.api.Test;

class AnonymousClassTest {
    private static final int ROW_BYTES = 1 << 20;

    /** The premise of the leaky variant: javac emitted this$0 although apply() never uses it. */
    @Test
    void compiledForRelease17TheAnonymousClassHasAnOuterInstanceField() {
        Class<?> anonymous = Report.numbered(1, 0).rowLabelsAnonymous().getClass();
        boolean holdsReport = Arrays.stream(anonymous.getDeclaredFields())
                .map(Field::getType)
                .anyMatch(Report.class::equals);
        assertTrue(holdsReport, anonymous.getName() + " has no Report field: compiled for release 18 or later,"
                + " javac drops an unused this$0 (JDK-8271623); see AnonymousClassBenchmark");
    }

    @Test
    void anAnonymousClassKeepsItsOuterInstanceAlive() {
        KeptAndDropped<IntFunction<String>> labels =
                KeptAndDropped.make(() -> Report.numbered(1, ROW_BYTES), Report::rowLabelsAnonymous);
        Reachability.assertRetained(labels.dropped(), "the report held in this$0");
        assertEquals("row 3", labels.kept().apply(3));
    }

    @Test
    void aStaticNestedClassLetsTheReportGo() {
        KeptAndDropped<IntFunction<String>> labels =
                KeptAndDropped.make(() -> Report.numbered(1, ROW_BYTES), Report::rowLabelsStatic);
        Reachability.assertCollected(labels.dropped(), "the report behind a static nested class");
        assertEquals("row 3", labels.kept().apply(3));
    }

    @Test
    void anAnonymousClassWeighsAsMuchAsItsOuterInstance() {
        DeepSize.assertGrowsLinearly(rowBytes -> Report.numbered(1, rowBytes).rowLabelsAnonymous(), 65_536, 1,
                "anonymous row labeller");
    }

    @Test
    void aStaticNestedClassWeighsTheSameWhateverTheReportsSize() {
        DeepSize.assertBounded(rowBytes -> Report.numbered(1, rowBytes).rowLabelsStatic(), 65_536,
                "static nested row labeller");
    }
}
