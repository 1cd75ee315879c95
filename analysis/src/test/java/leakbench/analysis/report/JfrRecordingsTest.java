package leakbench.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;

import leakbench.analysis.TestFiles;
import leakbench.analysis.read.JmhResultReader;

/**
 * JFR summaries on a committed real run: DoubleBraceBenchmark's pair under G1 512m with -prof gc, both suite
 * profilers and {@code -prof jfr:dir=DIR/jfr} (see the fixture's run.json).
 */
class JfrRecordingsTest {

    @Test
    void topAllocationSitesForEveryRecordingAndOldObjectsForTheLeak() throws Exception {
        Report report = ReportBuilder.build(new JmhResultReader().read(TestFiles.resource("fixtures/doublebrace-jfr-g1")));

        assertEquals(2, report.jfr().size());
        for (JfrSummary j : report.jfr()) {
            JfrSummary.Site top = j.allocationSites().get(0);
            // Each call allocates one 64 KiB row in Report.numbered: the heaviest site in both variants.
            assertEquals("byte[]", top.type(), j.benchmark());
            assertTrue(top.frame().startsWith("leakbench.captures.Report.numbered"), top.frame());
            assertTrue(j.allocationSites().size() <= JfrRecordings.TOP);
        }
        JfrSummary leaky = report.jfr().stream().filter(j -> j.benchmark().endsWith("leakyDoubleBraceMap"))
                .findFirst().orElseThrow();
        JfrSummary fixed = report.jfr().stream().filter(j -> j.benchmark().endsWith("fixedPlainMap"))
                .findFirst().orElseThrow();
        assertEquals("byte[]", leaky.oldObjects().get(0).type(), "the leaked rows are the old objects");
        assertTrue(fixed.oldObjects().isEmpty(), "old objects only for LEAK verdicts");
        assertFalse(leaky.rootsRecorded());
        assertTrue(report.notes().stream().anyMatch(n -> n.contains("no path to a GC root")), report.notes().toString());
    }

    @Test
    void arrayDescriptorsReadAsJava() {
        assertEquals("byte[]", JfrRecordings.typeName("[B"));
        assertEquals("java.lang.String[][]", JfrRecordings.typeName("[[Ljava.lang.String;"));
        assertEquals("java.util.HashMap", JfrRecordings.typeName("java.util.HashMap"));
    }
}
