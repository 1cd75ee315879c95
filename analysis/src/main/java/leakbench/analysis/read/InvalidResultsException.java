package leakbench.analysis.read;

/**
 * The input is not a readable JMH result (missing, empty, binary, malformed or truncated JSON, or JSON that is not
 * JMH output). The message is one line naming the file and the problem, fit to print as it is; the CLI maps this
 * exception to exit status 2.
 */
public final class InvalidResultsException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final int MAX_MESSAGE = 400;

    /** Control characters are replaced and the length capped, so parts echoed from the input stay on one line. */
    public InvalidResultsException(String message) {
        super(oneLine(message));
    }

    private static String oneLine(String message) {
        StringBuilder b = new StringBuilder();
        message.codePoints().limit(MAX_MESSAGE).forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return message.codePointCount(0, message.length()) > MAX_MESSAGE ? b.append("...").toString() : b.toString();
    }
}
