package leakbench.analysis.cli;

/** Bad input found by a command itself (not by the reader); mapped to exit status 2 with its one-line message. */
public final class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
