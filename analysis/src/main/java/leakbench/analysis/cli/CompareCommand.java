package leakbench.analysis.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import leakbench.analysis.compare.CompareSettings;
import leakbench.analysis.compare.Comparer;
import leakbench.analysis.compare.Comparison;
import leakbench.analysis.compare.DuplicateResultException;
import leakbench.analysis.model.ResultSet;
import leakbench.analysis.read.InterleavedRun;
import leakbench.analysis.read.JmhResultReader;
import leakbench.analysis.render.JsonRenderer;
import leakbench.analysis.render.MarkdownRenderer;
import leakbench.analysis.render.TextRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code compare BASE CANDIDATE}: a pull-request comparison of two result sets, Markdown on stdout by default. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compares CANDIDATE results against BASE results, metric by metric, one value per fork",
            "(the median of its iterations): pair by pair with a paired t test on log ratios when both come",
            "from one interleaved run (benchmarks.jar --compare-with: DIR/base DIR/candidate), otherwise",
            "Welch's t on log fork values. Holm's adjustment over all tests keeps the whole comparison at alpha."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:compared (regressions are reported, not failed, without --fail-on-regression)",
            "1:--fail-on-regression and a significant regression beyond the threshold",
            "2:bad usage or bad input (one line on stderr)"})
final class CompareCommand implements Callable<Integer> {

    enum Format { md, json, text }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "base results: a results.json or a result directory")
    private Path base;

    @Parameters(index = "1", paramLabel = "CANDIDATE", description = "candidate results, as BASE")
    private Path candidate;

    @Option(names = "--threshold", paramLabel = "PERCENT", defaultValue = "5%",
            converter = PercentConverter.class,
            description = "significant changes smaller than this are 'within noise' (default: ${DEFAULT-VALUE})")
    private double threshold;

    @Option(names = "--alpha", paramLabel = "P", defaultValue = "0.01",
            description = "false-alarm level of the whole comparison (Holm-adjusted; default: ${DEFAULT-VALUE})")
    private double alpha;

    @Option(names = "--metrics", paramLabel = "NAME", split = ",",
            description = "metrics to compare, 'score' being the primary score (default: "
                    + "score,gc.alloc.rate.norm,heap.retained.norm,gc.pause.p99,gc.pause.total)")
    private List<String> metrics = CompareSettings.DEFAULT_METRICS;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
            description = "md (a GitHub comment), json or text (default: ${DEFAULT-VALUE})")
    private Format format;

    @Option(names = "--fail-on-regression", description = "exit 1 when a metric regressed significantly")
    private boolean failOnRegression;

    @Override
    public Integer call() throws Exception {
        CompareSettings settings;
        try {
            settings = new CompareSettings(threshold, alpha, metrics);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        JmhResultReader reader = new JmhResultReader();
        ResultSet baseResults = reader.read(base);
        ResultSet candidateResults = reader.read(candidate);
        Comparison comparison;
        try {
            comparison = new Comparer(settings).compare(baseResults, candidateResults,
                    InterleavedRun.paired(baseResults.source(), candidateResults.source()));
        } catch (DuplicateResultException e) {
            throw new BadInputException(e.getMessage());
        }
        String output = switch (format) {
            case md -> new MarkdownRenderer().render(comparison);
            case json -> new JsonRenderer().render(comparison);
            case text -> new TextRenderer().render(comparison);
        };
        spec.commandLine().getOut().print(output);
        return (failOnRegression && comparison.hasRegression() ? ExitCode.REGRESSION : ExitCode.OK).status();
    }

    /** "5%", "5" and "2.5%" are percentages; the result is a fraction (0.05). */
    static final class PercentConverter implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            String number = value.endsWith("%") ? value.substring(0, value.length() - 1) : value;
            try {
                return Double.parseDouble(number.trim()) / 100;
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a percentage such as 5%");
            }
        }
    }
}
