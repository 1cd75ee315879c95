package leakbench.analysis.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import leakbench.analysis.read.InvalidResultsException;
import leakbench.analysis.render.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code report RESULTS [--out DIR] [--format md,html,json]}: growth, pause, allocation and JFR reports. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes growth, pause, allocation and JFR reports of a result set: report.md, report.html"
                + " (self-contained, with charts) and report.json.",
            "RESULTS is a JMH JSON result file (-rf json) or a directory holding results.json."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULTS", description = "results.json or a result directory")
    private Path results;

    @Option(names = "--out", paramLabel = "DIR",
            description = "directory for the reports (default: the directory of the results)")
    private Path out;

    @Option(names = "--format", paramLabel = "FORMATS", split = ",", defaultValue = "md,html,json",
            description = "comma-separated: md, html, json (default: all three)")
    private List<String> formats;

    @Override
    public Integer call() throws InvalidResultsException, BadInputException {
        Answer.Written written = Answer.write(results, out, formats());
        written.files().forEach(file -> spec.commandLine().getOut().println("wrote " + file));
        return ExitCode.OK.status();
    }

    private Set<ReportFormat> formats() throws BadInputException {
        Set<ReportFormat> chosen = new LinkedHashSet<>();
        for (String name : formats) {
            chosen.add(ReportFormat.parse(name).orElseThrow(() -> new BadInputException(
                    "--format: unknown format '" + name + "' (expected md, html or json)")));
        }
        return chosen;
    }
}
