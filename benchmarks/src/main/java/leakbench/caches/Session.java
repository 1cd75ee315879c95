package leakbench.caches;

/**
 * A key with identity only, like a connection, a request or a class loader: two sessions are equal only if
 * they are the same object, and nothing else keeps one alive once its owner drops it.
 */
final class Session {
    private final long id;

    Session(long id) {
        this.id = id;
    }

    long id() {
        return id;
    }
}
