package leakbench.captures;

/** Handles one request on whatever pooled thread runs it, through the thread's {@link RequestContext}. */
final class RequestHandler {
    private RequestHandler() {
    }

    /**
     * Leaky: attaches the body to the thread's context and never removes the context, so the pooled thread
     * keeps every body it ever handled (and the next request sees the previous ones).
     *
     * @return the bodies the context holds while this request is handled
     */
    static int handleWithoutRemove(byte[] body) {
        RequestContext context = RequestContext.current();
        context.attach(body);
        return context.bodyCount();
    }

    /** Fixed: the same work, then {@code remove()} in {@code finally}, so nothing outlives the request. */
    static int handleThenRemove(byte[] body) {
        try {
            return handleWithoutRemove(body);
        } finally {
            RequestContext.clear();
        }
    }
}
