package leakbench.listeners;

import java.util.ArrayList;
import java.util.List;

/**
 * The seed's {@code EventSystem}: callbacks in a plain list, with no way to unsubscribe. Every registered
 * listener, and everything it captures, lives as long as the registry.
 */
final class StrongRegistry {
    private final List<Listener> listeners = new ArrayList<>();

    void register(Listener listener) {
        listeners.add(listener);
    }

    int publish(int event) {
        int sum = 0;
        for (Listener listener : listeners) {
            sum += listener.onEvent(event);
        }
        return sum;
    }

    int size() {
        return listeners.size();
    }
}
