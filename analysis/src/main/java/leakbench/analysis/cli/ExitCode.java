package leakbench.analysis.cli;

/** Exit status of every {@code analysis.jar} command (the project contract). */
public enum ExitCode {
    /** The command did its work (a comparison without {@code --fail-on-regression} exits 0 even on regressions). */
    OK(0),
    /** {@code compare --fail-on-regression} found a significant regression beyond the threshold. */
    REGRESSION(1),
    /** Bad usage or bad input: one line on stderr, no stack trace, no output file written. */
    BAD_INPUT(2),
    /** A bug in this tool (an unexpected exception); one line on stderr. Not part of the documented contract. */
    INTERNAL_ERROR(3);

    private final int status;

    ExitCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
