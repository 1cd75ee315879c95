package leakbench.listeners;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Listeners held strongly until their subscriber closes the {@link Subscription} it got back: the Java form
 * of the seed's advice "explicit cleanup" and "context managers" ({@code try}-with-resources). The registry
 * holds a listener exactly as long as its subscriber says, no longer, and never less.
 */
final class SubscriptionRegistry {
    /** Insertion-ordered for dispatch; a subscription is removed by identity in constant time. */
    private final Set<Subscription> subscriptions = new LinkedHashSet<>();

    Subscription subscribe(Listener listener) {
        Subscription subscription = new Subscription(listener);
        subscriptions.add(subscription);
        return subscription;
    }

    int publish(int event) {
        int sum = 0;
        for (Subscription subscription : subscriptions) {
            sum += subscription.listener.onEvent(event);
        }
        return sum;
    }

    int size() {
        return subscriptions.size();
    }

    /** Unsubscribes on {@link #close()}; closing twice is harmless. */
    final class Subscription implements AutoCloseable {
        private final Listener listener;

        private Subscription(Listener listener) {
            this.listener = listener;
        }

        @Override
        public void close() {
            subscriptions.remove(this);
        }
    }
}
