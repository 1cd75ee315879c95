package leakbench.gc;

/** Runs an action on every n-th tick: the seed's {@code if i % 100 == 0: gc.collect()}. */
public final class EveryNth {
    private final int n;
    private final Runnable action;
    private long ticks;

    public EveryNth(int n, Runnable action) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        this.n = n;
        this.action = action;
    }

    /** Counts one tick; returns whether the action ran on it. */
    public boolean tick() {
        if (++ticks % n == 0) {
            action.run();
            return true;
        }
        return false;
    }
}
