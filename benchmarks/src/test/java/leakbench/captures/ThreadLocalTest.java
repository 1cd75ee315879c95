package leakbench.captures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import leakbench.testing.Reachability;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One pooled worker thread, so every request lands on the same thread and its context can be inspected by
 * a task on that thread. The pool stays alive during the checks, as a server's pool would.
 */
class ThreadLocalTest {
    private static final int REQUESTS = 100;
    private static final int BODY_BYTES = 16_384;

    private ExecutorService worker;

    @BeforeEach
    void startWorker() {
        worker = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void stopWorker() throws InterruptedException {
        worker.shutdown();
        assertTrue(worker.awaitTermination(30, TimeUnit.SECONDS), "the worker did not stop");
    }

    @Test
    void withoutRemoveEachRequestSeesThePreviousRequestsBodies() throws Exception {
        assertEquals(List.of(1, 2, 3), handle(3, RequestHandler::handleWithoutRemove));
    }

    @Test
    void withRemoveEachRequestSeesOnlyItsOwnBody() throws Exception {
        assertEquals(List.of(1, 1, 1), handle(3, RequestHandler::handleThenRemove));
    }

    @Test
    void withoutRemoveThePooledThreadKeepsTheFirstBody() throws Exception {
        WeakReference<byte[]> first = handleFirstThenMore(RequestHandler::handleWithoutRemove);
        Reachability.assertRetained(first, "the first request's body, left in the worker's context");
    }

    @Test
    void withRemoveInFinallyTheFirstBodyGoes() throws Exception {
        WeakReference<byte[]> first = handleFirstThenMore(RequestHandler::handleThenRemove);
        Reachability.assertCollected(first, "the first request's body after remove() in finally");
    }

    @Test
    void withoutRemoveTheWorkersContextGrowsWithEveryRequest() {
        DeepSize.assertGrowsLinearly(requests -> contextAfter(requests, RequestHandler::handleWithoutRemove),
                REQUESTS, BODY_BYTES, "worker's context without remove()");
    }

    @Test
    void withRemoveTheWorkersContextStaysEmpty() {
        DeepSize.assertBounded(requests -> contextAfter(requests, RequestHandler::handleThenRemove), REQUESTS,
                "worker's context with remove() in finally");
    }

    /** Handles {@code requests} fresh bodies on the worker and returns each request's answer. */
    private List<Integer> handle(int requests, ToIntFunction<byte[]> handler) throws Exception {
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            answers.add(worker.submit(() -> handler.applyAsInt(new byte[BODY_BYTES])).get());
        }
        return answers;
    }

    /** Handles a first body made here (so the test's frame never holds it), then more requests. */
    private WeakReference<byte[]> handleFirstThenMore(ToIntFunction<byte[]> handler) throws Exception {
        byte[] firstBody = new byte[BODY_BYTES];
        worker.submit(() -> handler.applyAsInt(firstBody)).get();
        handle(REQUESTS, handler);
        return new WeakReference<>(firstBody);
    }

    /**
     * The worker's context after {@code requests} requests from a fresh start, read by a task on the worker
     * thread itself. The context refers to its bodies only, never to the pool, so JOL measures what the
     * thread retains.
     */
    private RequestContext contextAfter(int requests, ToIntFunction<byte[]> handler) {
        try {
            worker.submit(RequestContext::clear).get();
            handle(requests, handler);
            return worker.submit(RequestContext::current).get();
        } catch (Exception e) {
            throw new IllegalStateException("the worker failed", e);
        }
    }
}
