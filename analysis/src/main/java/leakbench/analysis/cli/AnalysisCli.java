package leakbench.analysis.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import leakbench.analysis.read.InvalidResultsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar analysis.jar <command>}: the analysis tool's entry point. Each subcommand is one small
 * {@code Callable<Integer>} returning an {@link ExitCode} status and printing through the command line's writers.
 */
@Command(name = "analysis", mixinStandardHelpOptions = true,
        description = "Reports on and comparisons of leakbench JMH results.",
        subcommands = {CompareCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:success",
            "1:compare --fail-on-regression found a significant regression",
            "2:bad usage or bad input (one line on stderr)"})
public final class AnalysisCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, utf8(System.out), utf8(System.err)));
    }

    /** Runs the tool without exiting the JVM; returns the exit status. Tests call this. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new AnalysisCli())
                .setOut(out)
                .setErr(err)
                .setExitCodeExceptionMapper(e -> ExitCode.BAD_INPUT.status())
                .setParameterExceptionHandler(AnalysisCli::badUsage)
                .setExecutionExceptionHandler(AnalysisCli::failed);
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** With no subcommand: usage on stderr, exit 2. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println(e.getMessage());
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
        return ExitCode.BAD_INPUT.status();
    }

    private static int failed(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof InvalidResultsException || e instanceof BadInputException) {
            err.println("error: " + leakbench.analysis.render.Escape.plainShort(e.getMessage()));
            return ExitCode.BAD_INPUT.status();
        }
        err.println("internal error (please report): " + leakbench.analysis.render.Escape.plainShort(e.toString()));
        return ExitCode.INTERNAL_ERROR.status();
    }

    private static PrintWriter utf8(java.io.OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
