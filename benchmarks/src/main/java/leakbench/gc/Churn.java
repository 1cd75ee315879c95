package leakbench.gc;

/**
 * A workload that makes short-lived garbage at a steady rate: each operation allocates a chunk and keeps it in
 * a ring of recent chunks, dropping the chunk it replaces. The live set stays bounded (slots x chunk size);
 * everything else becomes garbage after {@code slots} operations. Keeping chunks briefly defeats escape
 * analysis, so the allocation really happens.
 */
public final class Churn {
    private final byte[][] recent;
    private final int chunkSize;
    private int next;

    public Churn(int slots, int chunkSize) {
        if (slots < 1 || chunkSize < 1) {
            throw new IllegalArgumentException("slots and chunk size must be at least 1, were " + slots + " and "
                    + chunkSize);
        }
        this.recent = new byte[slots][];
        this.chunkSize = chunkSize;
    }

    /** One operation: allocate a chunk, stamp it, keep it, return a byte of the chunk it evicted (or 0). */
    public int process(int value) {
        byte[] chunk = new byte[chunkSize];
        chunk[0] = (byte) value;
        chunk[chunkSize - 1] = (byte) (value >>> 8);
        byte[] evicted = recent[next];
        recent[next] = chunk;
        next = (next + 1) % recent.length;
        return evicted == null ? 0 : evicted[0];
    }
}
