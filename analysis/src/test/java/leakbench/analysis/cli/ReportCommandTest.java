package leakbench.analysis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import leakbench.analysis.TestFiles;

/** The {@code report} command end to end: files written, bad input refused with exit 2 and nothing left behind. */
class ReportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return AnalysisCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private List<String> filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheThreeReportsNextToTheResults() throws IOException {
        Files.copy(TestFiles.corpus("mariofusco__jmh-playground__jmh-result.json"), dir.resolve("results.json"));

        assertEquals(0, run("report", dir.toString()), err.toString());

        assertEquals(List.of("report.html", "report.json", "report.md", "results.json"), filesIn(dir));
        String md = Files.readString(dir.resolve("report.md"));
        assertTrue(md.contains("## Environment"), md);
        assertTrue(md.contains("Growth report not made"), "missing profiler metrics are reported, not an error");
        assertEquals("", err.toString());
    }

    @Test
    void formatAndOutChooseWhatIsWrittenWhere() throws IOException {
        Path out = dir.resolve("reports/new");
        assertEquals(0, run("report", TestFiles.corpus("Netflix__hollow__jmh-result.json").toString(),
                "--out", out.toString(), "--format", "json,md"), err.toString());
        assertEquals(List.of("report.json", "report.md"), filesIn(out));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[{\"benchmark\": oops}]", "[{\"benchmark\":\"a.B.c\",\"mo", "{\"a\":1}", "[]",
        "\u0000\u0001\u0002binary"})
    void badResultsGiveOneLineAndExit2AndNoFiles(String content) throws IOException {
        Path results = dir.resolve("results.json");
        Files.writeString(results, content, StandardCharsets.ISO_8859_1);

        assertEquals(2, run("report", results.toString()));

        assertOneLine();
        assertEquals(List.of("results.json"), filesIn(dir));
    }

    @Test
    void missingPathUnknownFormatAndFileAsOutGiveExit2() throws IOException {
        assertEquals(2, run("report", dir.resolve("nope").toString()));
        assertOneLine();
        assertEquals(List.of(), filesIn(dir));

        Path results = Files.copy(TestFiles.corpus("Netflix__hollow__jmh-result.json"), dir.resolve("r.json"));
        err.getBuffer().setLength(0);
        assertEquals(2, run("report", results.toString(), "--format", "md,pdf"));
        assertOneLine();

        Path file = Files.writeString(dir.resolve("afile"), "x");
        err.getBuffer().setLength(0);
        assertEquals(2, run("report", results.toString(), "--out", file.toString()));
        assertOneLine();
        assertEquals(List.of("afile", "r.json"), filesIn(dir));
    }

    private void assertOneLine() {
        String message = err.toString().strip();
        assertFalse(message.isEmpty(), "an error line");
        assertEquals(1, message.lines().count(), message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), message);
    }
}
