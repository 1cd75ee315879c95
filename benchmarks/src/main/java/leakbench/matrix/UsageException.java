package leakbench.matrix;

/** Bad input: reported as one line on stderr with exit status 2, before anything runs. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
