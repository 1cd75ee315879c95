package leakbench.analysis.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import leakbench.analysis.TestFiles;
import leakbench.analysis.read.JmhResultReader;
import leakbench.analysis.report.Report;
import leakbench.analysis.report.ReportBuilder;

/**
 * Real JMH files from public repositories (pre-1.37 "·" names, "NaN" scores, sample mode, no params, -prof gc):
 * each gets all three reports, and what the suite's profilers would add is named as missing, not failed.
 */
class CorpusReportTest {

    static Stream<Path> corpus() throws IOException {
        return Files.list(TestFiles.resource("corpus")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyCorpusFileGetsAReport(Path file) throws Exception {
        Report report = ReportBuilder.build(new JmhResultReader().read(file));
        Map<String, String> files = Renderer.render(report, EnumSet.allOf(ReportFormat.class));

        assertTrue(files.get("report.md").startsWith("# leakbench report"));
        assertTrue(files.get("report.html").contains("<h2>Environment</h2>"));
        assertTrue(files.get("report.json").contains("\"environment\""));
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("Growth report not made")), file.toString());
        assertFalse(files.get("report.html").contains("NaN"), "non-finite numbers print as a dash");
    }
}
