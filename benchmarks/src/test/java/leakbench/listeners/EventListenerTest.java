package leakbench.listeners;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.ref.WeakReference;
import java.util.function.Consumer;
import leakbench.testing.DeepSizeGrowth;
import leakbench.testing.Reachability;
import leakbench.testing.ReferenceProcessing;
import org.junit.jupiter.api.Test;

/**
 * The seed's Exercise 1: widgets, each with a 10,000-element array, register a listener and are then dropped
 * by their owner. Only the registry can keep a widget's array alive.
 */
class EventListenerTest {
    private static final int WIDGETS = 100;
    private static final int DATA_LENGTH = 10_000;
    /** Smaller arrays for the deep-size walks, which visit every object. */
    private static final int SMALL_DATA_LENGTH = 500;

    @Test
    void strongRegistryKeepsEveryWidgetsData() {
        StrongRegistry registry = new StrongRegistry();
        Consumer<Widget> neverUnsubscribed = widget -> registry.register(widget.listener());
        WeakReference<int[]> first = liveOneWidget(neverUnsubscribed, DATA_LENGTH);
        liveWidgets(neverUnsubscribed, WIDGETS, DATA_LENGTH);
        Reachability.assertRetained(first, "a dropped widget's data, held by its never-removed listener");
        assertEquals(WIDGETS + 1, registry.size());
    }

    @Test
    void closedSubscriptionLetsTheWidgetGo() {
        SubscriptionRegistry registry = new SubscriptionRegistry();
        Consumer<Widget> unsubscribedOnClose = widget -> registry.subscribe(widget.listener()).close();
        WeakReference<int[]> first = liveOneWidget(unsubscribedOnClose, DATA_LENGTH);
        liveWidgets(unsubscribedOnClose, WIDGETS, DATA_LENGTH);
        Reachability.assertCollected(first, "a dropped widget's data after its subscription was closed");
        assertEquals(0, registry.size());
    }

    @Test
    void weakRegistryLetsTheWidgetGoAndPurgesItsWrapper() {
        WeakRegistry registry = WeakRegistry.purging();
        Consumer<Widget> weaklyRegistered = widget -> registry.register(widget.listener());
        WeakReference<int[]> first = liveOneWidget(weaklyRegistered, DATA_LENGTH);
        liveWidgets(weaklyRegistered, WIDGETS, DATA_LENGTH);
        Reachability.assertCollected(first, "a dropped widget's data, its listener held only weakly");
        ReferenceProcessing.collectAndAwaitEnqueued();
        assertEquals(0, registry.publish(0), "no listener is left to call");
        assertEquals(0, registry.size());
    }

    @Test
    void strongRegistryGrowsLinearly() {
        DeepSizeGrowth.assertGrowsLinearly(WIDGETS, widgets -> {
            StrongRegistry registry = new StrongRegistry();
            liveWidgets(widget -> registry.register(widget.listener()), widgets, SMALL_DATA_LENGTH);
            return registry;
        }, "strong registry");
    }

    @Test
    void subscriptionRegistryStaysEmpty() {
        DeepSizeGrowth.assertBounded(WIDGETS, widgets -> {
            SubscriptionRegistry registry = new SubscriptionRegistry();
            liveWidgets(widget -> registry.subscribe(widget.listener()).close(), widgets, SMALL_DATA_LENGTH);
            return registry;
        }, "subscription registry");
    }

    @Test
    void weakRegistryStaysBounded() {
        DeepSizeGrowth.assertBounded(WIDGETS, widgets -> {
            WeakRegistry registry = WeakRegistry.purging();
            ReferenceProcessing.inRoundsWithCollections(widgets, WIDGETS,
                    round -> liveWidgets(widget -> registry.register(widget.listener()), round, SMALL_DATA_LENGTH),
                    () -> registry.publish(0));
            return registry;
        }, "weak registry");
    }

    /** A widget is created, goes through its life (registers, maybe unsubscribes), and is dropped here. */
    private static WeakReference<int[]> liveOneWidget(Consumer<Widget> life, int dataLength) {
        int[] data = newData(dataLength);
        life.accept(new Widget(data));
        return new WeakReference<>(data);
    }

    private static void liveWidgets(Consumer<Widget> life, int count, int dataLength) {
        for (int i = 0; i < count; i++) {
            life.accept(new Widget(newData(dataLength)));
        }
    }

    /** Element 0 is 1, so {@code publish(0)} counts the listeners it reached. */
    private static int[] newData(int length) {
        int[] data = new int[length];
        data[0] = 1;
        return data;
    }
}
