package leakbench.listeners;

/**
 * The seed's {@code Widget}, which subscribes its bound method {@code self.handle}: an object with data of its
 * own (the seed's Exercise 1 gives each callback a 10,000-element list) and a handler that reads it, so any
 * registry that holds the handler holds the whole widget.
 *
 * <p>{@link #listener()} is the widget's own listener, created once and held by the widget, so it lives
 * exactly as long as the widget. Writing {@code widget::handle} at the call site instead creates a new lambda
 * each time, which nothing but the registry holds.
 */
final class Widget {
    private final int[] data;
    private final Listener listener = this::handle;
    private int handled;

    Widget(int[] data) {
        this.data = data;
    }

    int handle(int event) {
        handled++;
        return data[Math.floorMod(event, data.length)];
    }

    /** The listener to register; keeping it in a field is what keeps a weakly registered listener alive. */
    Listener listener() {
        return listener;
    }

    /** Events delivered so far. */
    int handled() {
        return handled;
    }
}
