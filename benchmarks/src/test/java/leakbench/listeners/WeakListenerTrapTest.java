package leakbench.listeners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import leakbench.testing.DeepSizeGrowth;
import leakbench.testing.Reachability;
import leakbench.testing.ReferenceProcessing;
import org.junit.jupiter.api.Test;

/** The two traps of weakly held listeners: collected too early, and dead wrappers that pile up. */
class WeakListenerTrapTest {
    private static final int LISTENERS = 1_000;

    /**
     * A lambda written at the call site ({@code widget::handle}) is a new object that only the registry holds,
     * and the registry holds it weakly: the next collection takes it, and the widget, still alive and still
     * wanting events, silently stops getting them.
     */
    @Test
    void callSiteLambdaHeldOnlyWeaklyStopsBeingCalled() {
        WeakRegistry registry = WeakRegistry.purging();
        Widget widget = new Widget(new int[] {7});
        registerCallSiteLambda(registry, widget);
        registry.publish(0);
        assertEquals(1, widget.handled(), "delivered before any collection");
        ReferenceProcessing.collectAndAwaitEnqueued();
        registry.publish(1);
        assertEquals(1, widget.handled(), "the second event should have been lost: the listener was collected");
        assertEquals(0, registry.size());
    }

    /** The fix: the widget holds its own listener, so the listener lives as long as the widget does. */
    @Test
    void listenerHeldByItsWidgetKeepsBeingCalled() {
        WeakRegistry registry = WeakRegistry.purging();
        Widget widget = new Widget(new int[] {7});
        registry.register(widget.listener());
        registry.publish(0);
        ReferenceProcessing.collectAndAwaitEnqueued();
        registry.publish(1);
        assertEquals(2, widget.handled(), "both events delivered: the widget keeps its listener alive");
        assertEquals(1, registry.size());
        Reference.reachabilityFence(widget);
    }

    @Test
    void unpurgedRegistryKeepsEveryDeadWrapper() {
        WeakRegistry registry = WeakRegistry.neverPurging();
        WeakReference<WeakReference<Listener>> first = registerDroppedWidgetsAndCollect(registry);
        Reachability.assertRetained(first, "a dead listener's WeakReference");
        assertTrue(first.get().refersTo(null), "the listener itself was collected; only its wrapper stays");
        assertEquals(LISTENERS + 1, registry.size());
    }

    @Test
    void purgingRegistryDropsDeadWrappers() {
        WeakRegistry registry = WeakRegistry.purging();
        WeakReference<WeakReference<Listener>> first = registerDroppedWidgetsAndCollect(registry);
        Reachability.assertCollected(first, "a dead listener's WeakReference");
        assertEquals(0, registry.size());
    }

    @Test
    void unpurgedRegistryGrowsLinearly() {
        DeepSizeGrowth.assertGrowsLinearly(LISTENERS,
                listeners -> steadyState(WeakRegistry.neverPurging(), listeners), "never-purging weak registry");
    }

    @Test
    void purgingRegistryStaysBounded() {
        DeepSizeGrowth.assertBounded(LISTENERS,
                listeners -> steadyState(WeakRegistry.purging(), listeners), "purging weak registry");
    }

    private static WeakRegistry steadyState(WeakRegistry registry, int listeners) {
        ReferenceProcessing.inRoundsWithCollections(listeners, LISTENERS,
                round -> registerDroppedWidgets(registry, round), () -> registry.publish(0));
        return registry;
    }

    private static void registerCallSiteLambda(WeakRegistry registry, Widget widget) {
        registry.register(widget::handle);
    }

    /**
     * Registers listeners of widgets that are dropped at once, lets the collector clear them, and dispatches
     * (a purge point). Follows the first wrapper, taken in this frame so that only the registry holds it.
     */
    private static WeakReference<WeakReference<Listener>> registerDroppedWidgetsAndCollect(WeakRegistry registry) {
        registerDroppedWidgets(registry, 1);
        WeakReference<WeakReference<Listener>> first = new WeakReference<>(registry.wrappers().iterator().next());
        registerDroppedWidgets(registry, LISTENERS);
        ReferenceProcessing.collectAndAwaitEnqueued();
        assertEquals(0, registry.publish(0), "every listener was collected, so none is called");
        return first;
    }

    /** Each widget answers every event with 1, so {@code publish} counts the listeners it reached. */
    private static void registerDroppedWidgets(WeakRegistry registry, int count) {
        for (int i = 0; i < count; i++) {
            registry.register(new Widget(new int[] {1}).listener());
        }
    }
}
