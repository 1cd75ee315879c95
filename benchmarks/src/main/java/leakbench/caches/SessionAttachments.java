package leakbench.caches;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.BiFunction;

/**
 * Data attached to sessions in a {@link WeakHashMap}, so that an attachment should go away with its session.
 * It does only if the value does not refer to its key: the map holds its values strongly, so a value that
 * refers to its key keeps the key strongly reachable, the weak key is never cleared and the entry stays
 * forever ({@link #referringToKey()}). Keeping only what the value needs of the key, here the id, lets the
 * collector clear the key and the map expunge the entry on its next access ({@link #keepingOnlyTheId()}).
 */
final class SessionAttachments {
    /** The leak: the value holds its session, so the session never becomes weakly reachable. */
    record LinkedAttachment(Session session, byte[] payload) {
    }

    /** The fix: the value holds the session's id, not the session. */
    record DetachedAttachment(long sessionId, byte[] payload) {
    }

    private final Map<Session, Object> attachments = new WeakHashMap<>();
    private final BiFunction<Session, byte[], Object> makeValue;

    private SessionAttachments(BiFunction<Session, byte[], Object> makeValue) {
        this.makeValue = makeValue;
    }

    static SessionAttachments referringToKey() {
        return new SessionAttachments(LinkedAttachment::new);
    }

    static SessionAttachments keepingOnlyTheId() {
        return new SessionAttachments((session, payload) -> new DetachedAttachment(session.id(), payload));
    }

    void attach(Session session, byte[] payload) {
        attachments.put(session, makeValue.apply(session, payload));
    }

    /** Live entries; like every access to a WeakHashMap, it first expunges the entries whose key was cleared. */
    int size() {
        return attachments.size();
    }
}
