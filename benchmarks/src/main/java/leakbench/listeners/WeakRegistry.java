package leakbench.listeners;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Listeners held through {@link WeakReference}s, the seed's fix for Exercise 1 ({@code weakref.ref}): the
 * registry does not keep a listener alive, so it goes when its subscriber lets go of it.
 *
 * <p>Two traps come with it. The registry holds only the wrapper; the listener must be held strongly by its
 * subscriber, or it dies at the next collection and silently stops receiving events (a capturing lambda
 * written at the call site is held by nothing else; see {@link Widget#listener()}). And a cleared wrapper
 * stays in the registry until something removes it: {@link #neverPurging()} keeps every dead wrapper,
 * {@link #purging()} registers each wrapper with a {@link ReferenceQueue} and removes the cleared ones on every
 * registration and dispatch.
 */
final class WeakRegistry {
    /** Identity-hashed (WeakReference does not override equals), so a cleared wrapper is removed in constant time. */
    private final Set<WeakReference<Listener>> wrappers;
    /** Where the collector delivers cleared wrappers; null when nothing purges them. */
    private final ReferenceQueue<Listener> cleared;

    private WeakRegistry(ReferenceQueue<Listener> cleared, Set<WeakReference<Listener>> wrappers) {
        this.cleared = cleared;
        this.wrappers = wrappers;
    }

    /** The fix for the pile-up: cleared wrappers are removed as the collector delivers them. */
    static WeakRegistry purging() {
        return new WeakRegistry(new ReferenceQueue<>(), new LinkedHashSet<>());
    }

    /** The leak: dead wrappers are skipped at dispatch but never removed. */
    static WeakRegistry neverPurging() {
        return new WeakRegistry(null, new LinkedHashSet<>());
    }

    /**
     * The leak, with room for {@code expectedWrappers} before the set's table doubles. A doubling adds the whole
     * table at once (a megabyte at a few hundred thousand wrappers), a step the per-registration growth cannot be
     * told from when a run has only two or three readings.
     */
    static WeakRegistry neverPurging(int expectedWrappers) {
        // LinkedHashSet's argument is the table's capacity; it grows past three quarters of it.
        return new WeakRegistry(null, new LinkedHashSet<>((int) (expectedWrappers / 0.75f) + 1));
    }

    void register(Listener listener) {
        purge();
        wrappers.add(new WeakReference<>(listener, cleared));
    }

    int publish(int event) {
        purge();
        int sum = 0;
        for (WeakReference<Listener> wrapper : wrappers) {
            Listener listener = wrapper.get();
            if (listener != null) {
                sum += listener.onEvent(event);
            }
        }
        return sum;
    }

    /** Wrappers held, live or dead. */
    int size() {
        return wrappers.size();
    }

    /** The wrappers themselves, for tests that follow one. */
    Collection<WeakReference<Listener>> wrappers() {
        return Collections.unmodifiableCollection(wrappers);
    }

    private void purge() {
        if (cleared == null) {
            return;
        }
        for (Reference<? extends Listener> wrapper = cleared.poll(); wrapper != null; wrapper = cleared.poll()) {
            wrappers.remove(wrapper);
        }
    }
}
