package leakbench.finalizers;

import java.util.ArrayList;
import java.util.List;

/**
 * Where {@code finalize()} reports: it counts every finalize() run, and keeps whatever a finalizer saves, the
 * seed's {@code global saved; saved = self}, as a list so that every resurrection stays visible. Thread-safe:
 * the Finalizer thread writes, the caller reads.
 */
public final class Graveyard {
    private final List<Object> saved = new ArrayList<>();
    private long finalized;

    synchronized void recordFinalized() {
        finalized++;
    }

    synchronized void save(Object resurrected) {
        saved.add(resurrected);
    }

    public synchronized long finalizedCount() {
        return finalized;
    }

    public synchronized int savedCount() {
        return saved.size();
    }

    /** Lets go of every resurrected object: they become unreachable again, and this time no finalize() runs. */
    public synchronized void forgetSaved() {
        saved.clear();
    }
}
