package leakbench.listeners;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Event handlers that are never removed: the seed's Exercise 1.
 *
 * <p>Seed idiom: {@code event_system.subscribe('click', self.handle)  # Widget never collected until
 * unsubscribed}, and Exercise 1: an {@code EventSystem} storing callbacks in a plain list, 1,000 callbacks
 * each capturing a 10,000-element list, fixed with {@code weakref}.
 *
 * <p>Java idiom: a listener registry. Each operation is one widget's life: it is created with its own
 * {@code dataLength}-int array (40 KB by default), registers its listener, and is dropped by its owner.
 * <ul>
 * <li>{@link #leakyNeverUnsubscribed}: the seed's {@code EventSystem} ({@link StrongRegistry}); the registry
 * keeps every listener, its widget and its array: about 40 KB per widget, forever.
 * <li>{@link #fixedUnsubscribeOnClose}: the widget subscribes through an {@code AutoCloseable} subscription
 * and closes it when it is done ({@code try}-with-resources), so the registry lets go of it.
 * <li>{@link #fixedWeakListeners}: the registry holds each listener through a {@code WeakReference} and purges
 * cleared wrappers from a {@code ReferenceQueue} ({@link WeakRegistry#purging()}); the widget holds its own
 * listener, so the listener lives exactly as long as the widget.
 * </ul>
 * Each iteration registers {@value #BATCH} widgets and the registry lives for the whole trial, so the 7
 * iterations register 1,050 widgets, the seed's 1,000, and the leaky registry ends up holding about 42 MB.
 * The time per batch is the cost of creating and registering 150 widgets (the array copy dominates; the
 * registration alone is measured in {@link ListenerDispatchBenchmark}).
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar EventListenerBenchmark -prof leakbench.profile.HeapGrowthProfiler
 * </pre>
 * {@code heap.retained.norm} is per JMH operation, which in {@code SingleShotTime} is the whole batch: about
 * 6 MB ({@value #BATCH} widgets of {@code 4 * dataLength} B) for the leaky variant and near 0 for both fixed
 * ones.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, batchSize = EventListenerBenchmark.BATCH)
@Measurement(iterations = 5, batchSize = EventListenerBenchmark.BATCH)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class EventListenerBenchmark {
    /** Widgets per iteration: 7 iterations register 1,050, the seed's 1,000 callbacks. */
    static final int BATCH = 150;

    /** Elements each widget captures: the seed's {@code list(range(10_000))}. */
    @Param("10000")
    int dataLength;

    private int[] template;
    private StrongRegistry strong;
    private SubscriptionRegistry subscriptions;
    private WeakRegistry weak;

    @Setup
    public void createRegistries() {
        template = new int[dataLength];
        Arrays.setAll(template, i -> i);
        strong = new StrongRegistry();
        subscriptions = new SubscriptionRegistry();
        weak = WeakRegistry.purging();
    }

    @Benchmark
    public int leakyNeverUnsubscribed() {
        Widget widget = newWidget();
        strong.register(widget.listener());
        return strong.size();
    }

    /** The subscription is used only to be closed: its try block is the widget's lifetime. */
    @Benchmark
    @SuppressWarnings("try")
    public int fixedUnsubscribeOnClose() {
        Widget widget = newWidget();
        try (SubscriptionRegistry.Subscription subscription = subscriptions.subscribe(widget.listener())) {
            return subscriptions.size();
        }
    }

    @Benchmark
    public int fixedWeakListeners() {
        Widget widget = newWidget();
        weak.register(widget.listener());
        return weak.size();
    }

    /** Each widget gets its own copy, as each of the seed's callbacks gets its own list. */
    private Widget newWidget() {
        return new Widget(template.clone());
    }
}
