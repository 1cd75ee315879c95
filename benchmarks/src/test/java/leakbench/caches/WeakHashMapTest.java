package leakbench.caches;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.ref.WeakReference;
import leakbench.testing.DeepSizeGrowth;
import leakbench.testing.Reachability;
import leakbench.testing.ReferenceProcessing;
import org.junit.jupiter.api.Test;

/** A WeakHashMap lets an entry go with its key only if the value does not refer to the key. */
class WeakHashMapTest {
    private static final int SESSIONS = 1_000;
    private static final int PAYLOAD_SIZE = 256;

    @Test
    void valueReferringToKeyKeepsEveryEntry() {
        SessionAttachments attachments = SessionAttachments.referringToKey();
        WeakReference<byte[]> first = attachToDroppedSession(attachments);
        attachToDroppedSessions(attachments, SESSIONS);
        collectAndExpunge(attachments);
        Reachability.assertRetained(first, "the payload of a dropped session whose value refers to it");
        assertEquals(SESSIONS + 1, attachments.size());
    }

    @Test
    void valueHoldingOnlyTheIdLetsEntriesGo() {
        SessionAttachments attachments = SessionAttachments.keepingOnlyTheId();
        WeakReference<byte[]> first = attachToDroppedSession(attachments);
        attachToDroppedSessions(attachments, SESSIONS);
        collectAndExpunge(attachments);
        Reachability.assertCollected(first, "the payload of a dropped session");
        assertEquals(0, attachments.size());
    }

    @Test
    void valueReferringToKeyGrowsLinearly() {
        DeepSizeGrowth.assertGrowsLinearly(SESSIONS,
                sessions -> steadyState(SessionAttachments.referringToKey(), sessions), "value refers to key");
    }

    @Test
    void valueHoldingOnlyTheIdStaysBounded() {
        DeepSizeGrowth.assertBounded(SESSIONS,
                sessions -> steadyState(SessionAttachments.keepingOnlyTheId(), sessions), "value holds only the id");
    }

    private static SessionAttachments steadyState(SessionAttachments attachments, int sessions) {
        ReferenceProcessing.inRoundsWithCollections(sessions, SESSIONS,
                round -> attachToDroppedSessions(attachments, round), attachments::size);
        return attachments;
    }

    /** A full collection clears dead keys; once they are enqueued, the map's next access expunges their entries. */
    private static void collectAndExpunge(SessionAttachments attachments) {
        ReferenceProcessing.collectAndAwaitEnqueued();
        attachments.size();
    }

    private static WeakReference<byte[]> attachToDroppedSession(SessionAttachments attachments) {
        byte[] payload = new byte[PAYLOAD_SIZE];
        attachments.attach(new Session(-1), payload);
        return new WeakReference<>(payload);
    }

    private static void attachToDroppedSessions(SessionAttachments attachments, int count) {
        for (int i = 0; i < count; i++) {
            attachments.attach(new Session(i), new byte[PAYLOAD_SIZE]);
        }
    }
}
