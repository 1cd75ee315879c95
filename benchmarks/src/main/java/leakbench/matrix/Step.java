package leakbench.matrix;

/**
 * One child JMH run of a plan. {@code unit} is {@code null} for a step that runs a whole cell in one JMH run (the
 * matrix without shards, or a shard that holds every unit of the cell); otherwise the step runs exactly that
 * unit. {@code side} says which jar runs; {@code pair} and {@code position} (1 or 2 within the pair) are set for
 * the forks of an interleaved comparison and are 0 otherwise.
 */
record Step(int sequence, Cell cell, Unit unit, Side side, int pair, int position) {

    enum Side {
        /** {@code --compare-with BASE_JAR}. */
        BASE,
        /** The jar under test: this one (the only side of a matrix run). */
        CANDIDATE;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    String label() {
        return unit == null ? cell.label() : unit.label();
    }
}
