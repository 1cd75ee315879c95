package leakbench.analysis.compare;

/** A result set holds two results with the same identity, so results cannot be paired; a bad-input error. */
public final class DuplicateResultException extends Exception {

    private static final long serialVersionUID = 1L;

    public DuplicateResultException(String message) {
        super(message);
    }
}
