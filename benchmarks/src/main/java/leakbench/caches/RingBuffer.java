package leakbench.caches;

/**
 * A fixed-capacity ring: the seed's {@code deque(maxlen=100)}. Adding to a full ring overwrites the oldest
 * element, so it never holds more than {@code capacity} elements and never allocates after construction.
 */
final class RingBuffer<E> {
    private final Object[] elements;
    private int next;
    private int size;

    RingBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        elements = new Object[capacity];
    }

    void add(E element) {
        elements[next] = element;
        next = (next + 1) % elements.length;
        size = Math.min(size + 1, elements.length);
    }

    int size() {
        return size;
    }
}
