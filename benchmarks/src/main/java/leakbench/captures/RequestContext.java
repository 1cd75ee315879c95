package leakbench.captures;

import java.util.ArrayList;
import java.util.List;

/**
 * The context of the request a thread is handling, kept in a {@link ThreadLocal} so that code deep in the
 * call stack can reach it. Pooled threads outlive requests: whatever a request leaves in its context stays
 * with the thread until somebody calls {@link #clear()}.
 */
final class RequestContext {
    private static final ThreadLocal<RequestContext> CURRENT = ThreadLocal.withInitial(RequestContext::new);

    private final List<byte[]> bodies = new ArrayList<>();

    private RequestContext() {
    }

    /** This thread's context, created on first use. */
    static RequestContext current() {
        return CURRENT.get();
    }

    /** Forgets this thread's context; the next {@link #current()} starts a fresh one. */
    static void clear() {
        CURRENT.remove();
    }

    void attach(byte[] body) {
        bodies.add(body);
    }

    /** Request bodies this context holds: 1 while a request is handled, unless an earlier one never cleared. */
    int bodyCount() {
        return bodies.size();
    }
}
