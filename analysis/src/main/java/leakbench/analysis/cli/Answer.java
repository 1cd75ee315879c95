package leakbench.analysis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import leakbench.analysis.model.ResultSet;
import leakbench.analysis.read.InvalidResultsException;
import leakbench.analysis.read.JmhResultReader;
import leakbench.analysis.render.AnswerText;
import leakbench.analysis.render.Escape;
import leakbench.analysis.render.Renderer;
import leakbench.analysis.render.ReportFiles;
import leakbench.analysis.render.ReportFormat;
import leakbench.analysis.report.Report;
import leakbench.analysis.report.ReportBuilder;

/**
 * Writes the reports of a result set and prints its verdict summary: the end of {@code benchmarks.jar}'s main job
 * (which calls {@link #reportAndPrint}) and the work of {@code analysis.jar report}, so both use one code path and the
 * verdict rule lives in this module only.
 */
public final class Answer {

    private Answer() {
    }

    /** The reports written and the report they hold. */
    record Written(Report report, List<Path> files) {
    }

    /**
     * Reports {@code results} (a results.json or a directory holding one) into its own directory in every format,
     * then prints the verdict table and the path of report.html. Returns the exit status: 0, 2 for bad input (one
     * line on {@code err}), 3 for an internal error.
     */
    public static int reportAndPrint(Path results, PrintWriter out, PrintWriter err) {
        try {
            Written written = write(results, null, EnumSet.allOf(ReportFormat.class));
            Path html = written.files().stream().filter(f -> f.getFileName().toString().equals(ReportFormat.HTML.fileName()))
                    .findFirst().orElseThrow();
            out.print(AnswerText.of(written.report(), html.toString()));
            out.flush();
            return ExitCode.OK.status();
        } catch (InvalidResultsException | BadInputException e) {
            err.println("report: " + Escape.plainShort(e.getMessage()));
            err.flush();
            return ExitCode.BAD_INPUT.status();
        } catch (RuntimeException e) {
            err.println("report: internal error (please report): " + Escape.plainShort(e.toString()));
            err.flush();
            return ExitCode.INTERNAL_ERROR.status();
        }
    }

    /** Reads, builds and renders, then writes all files at once; {@code out} null means beside the results. */
    static Written write(Path results, Path out, Set<ReportFormat> formats) throws InvalidResultsException, BadInputException {
        ResultSet set = new JmhResultReader().read(results);
        Path dir = out != null ? out : set.source().toAbsolutePath().getParent();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException("--out " + dir + ": exists and is not a directory");
        }
        Report report = ReportBuilder.build(set);
        Map<String, String> contents = Renderer.render(report, formats);
        try {
            return new Written(report, ReportFiles.write(dir, contents));
        } catch (IOException e) {
            throw new BadInputException("cannot write reports to " + dir + ": " + e);
        }
    }
}
