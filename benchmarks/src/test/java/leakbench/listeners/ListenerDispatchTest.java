package leakbench.listeners;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registries compared by ListenerDispatchBenchmark do the same work: each live listener gets each event once. */
class ListenerDispatchTest {
    private static final int LISTENERS = 50;

    @Test
    void everyRegistryDeliversEachEventToEveryLiveListenerOnce() {
        List<Widget> widgets = new ArrayList<>();
        StrongRegistry strong = new StrongRegistry();
        SubscriptionRegistry subscriptions = new SubscriptionRegistry();
        WeakRegistry weak = WeakRegistry.purging();
        for (int i = 0; i < LISTENERS; i++) {
            Widget widget = new Widget(new int[] {i});
            widgets.add(widget);
            strong.register(widget.listener());
            subscriptions.subscribe(widget.listener());
            weak.register(widget.listener());
        }
        int expectedSum = LISTENERS * (LISTENERS - 1) / 2;
        assertEquals(expectedSum, strong.publish(3));
        assertEquals(expectedSum, subscriptions.publish(3));
        assertEquals(expectedSum, weak.publish(3));
        for (Widget widget : widgets) {
            assertEquals(3, widget.handled());
        }
    }

    @Test
    void closingASubscriptionStopsDeliveryAndClosingTwiceIsHarmless() {
        SubscriptionRegistry registry = new SubscriptionRegistry();
        Widget widget = new Widget(new int[] {1});
        SubscriptionRegistry.Subscription subscription = registry.subscribe(widget.listener());
        registry.publish(0);
        subscription.close();
        subscription.close();
        registry.publish(0);
        assertEquals(1, widget.handled());
        assertEquals(0, registry.size());
    }
}
