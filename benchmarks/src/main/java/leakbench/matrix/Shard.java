package leakbench.matrix;

/** {@code --shard I/N}: the I-th of N parts of the grid (1-based), cells dealt round-robin. */
record Shard(int index, int count) {
    static final Shard WHOLE = new Shard(1, 1);

    static Shard parse(String text) throws UsageException {
        String[] parts = text.strip().split("/", -1);
        try {
            if (parts.length == 2) {
                int index = Integer.parseInt(parts[0]);
                int count = Integer.parseInt(parts[1]);
                if (count >= 1 && index >= 1 && index <= count) {
                    return new Shard(index, count);
                }
                throw new UsageException("--shard: '" + text + "' needs 1 <= I <= N");
            }
        } catch (NumberFormatException e) {
            // falls through to the format message
        }
        throw new UsageException("--shard: '" + text + "' is not I/N (example: 2/4)");
    }

    /** Whether the grid's cell number {@code cellNumber} (1-based) belongs to this shard. */
    boolean contains(int cellNumber) {
        return (cellNumber - 1) % count == index - 1;
    }
}
