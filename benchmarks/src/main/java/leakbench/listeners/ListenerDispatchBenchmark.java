package leakbench.listeners;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * What each listener registry of {@link EventListenerBenchmark} costs when nothing leaks: dispatching one
 * event to {@code listenerCount} live listeners, and one subscribe-and-close pair. Cost only: no variant here
 * is expected to retain anything.
 *
 * <p>Seed idiom: the seed's {@code EventSystem} of Exercise 1 and its {@code weakref} fix, asked the other
 * question: what does the fix cost at dispatch time? {@link #dispatchStrong} walks a plain list (the seed's
 * leaky {@code EventSystem}), {@link #dispatchSubscriptions} the subscription set, {@link #dispatchWeak}
 * dereferences one {@code WeakReference} per listener after polling its {@code ReferenceQueue};
 * {@link #subscribeAndClose} is the registration cost of the explicit-unsubscribe fix with
 * {@code listenerCount} others present.
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ListenerDispatchBenchmark -p listenerCount=10,1000,100000
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class ListenerDispatchBenchmark {
    private static final int DATA_LENGTH = 16;

    @Param("1000")
    int listenerCount;

    /** Keeps every widget, and so every weakly registered listener, alive for the whole trial. */
    private List<Widget> widgets;
    private Widget extra;
    private StrongRegistry strong;
    private SubscriptionRegistry subscriptions;
    private WeakRegistry weak;
    private int nextEvent;

    @Setup
    public void registerListeners() {
        Random random = new Random(42);
        widgets = new ArrayList<>(listenerCount);
        strong = new StrongRegistry();
        subscriptions = new SubscriptionRegistry();
        weak = WeakRegistry.purging();
        for (int i = 0; i < listenerCount; i++) {
            Widget widget = new Widget(random.ints(DATA_LENGTH).toArray());
            widgets.add(widget);
            strong.register(widget.listener());
            subscriptions.subscribe(widget.listener());
            weak.register(widget.listener());
        }
        extra = new Widget(random.ints(DATA_LENGTH).toArray());
        nextEvent = random.nextInt();
    }

    @Benchmark
    public int dispatchStrong() {
        return strong.publish(nextEvent++);
    }

    @Benchmark
    public int dispatchSubscriptions() {
        return subscriptions.publish(nextEvent++);
    }

    @Benchmark
    public int dispatchWeak() {
        return weak.publish(nextEvent++);
    }

    /** The subscription is used only to be closed: its try block is the widget's lifetime. */
    @Benchmark
    @SuppressWarnings("try")
    public int subscribeAndClose() {
        try (SubscriptionRegistry.Subscription subscription = subscriptions.subscribe(extra.listener())) {
            return subscriptions.size();
        }
    }
}
