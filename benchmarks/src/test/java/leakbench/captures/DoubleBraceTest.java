package leakbench.captures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import leakbench.testing.Reachability;
import org.junit.jupiter.api.Test;

class DoubleBraceTest {
    private static final int ROW_BYTES = 1 << 20;

    @Test
    void bothWaysBuildTheSameHeaders() {
        Report report = Report.numbered(2, 0);
        assertEquals(report.headersPlain(), report.headersDoubleBrace());
    }

    @Test
    void aDoubleBraceMapKeepsTheReportThatBuiltItAlive() {
        KeptAndDropped<Map<String, String>> headers =
                KeptAndDropped.make(() -> Report.numbered(2, ROW_BYTES), Report::headersDoubleBrace);
        Reachability.assertRetained(headers.dropped(), "the report held by the double-brace map");
        assertEquals("report 2", headers.kept().get("title"));
    }

    @Test
    void aPlainMapLetsTheReportGo() {
        KeptAndDropped<Map<String, String>> headers =
                KeptAndDropped.make(() -> Report.numbered(2, ROW_BYTES), Report::headersPlain);
        Reachability.assertCollected(headers.dropped(), "the report behind a plain map");
        assertEquals("report 2", headers.kept().get("title"));
    }

    @Test
    void aDoubleBraceMapWeighsAsMuchAsTheReport() {
        DeepSize.assertGrowsLinearly(rowBytes -> Report.numbered(2, rowBytes).headersDoubleBrace(), 65_536, 1,
                "double-brace map");
    }

    @Test
    void aPlainMapWeighsTheSameWhateverTheReportsSize() {
        DeepSize.assertBounded(rowBytes -> Report.numbered(2, rowBytes).headersPlain(), 65_536, "plain map");
    }
}
