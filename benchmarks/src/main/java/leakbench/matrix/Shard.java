package leakbench.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code --shard I/N}: the I-th of N parts of the plan (1-based). Units (benchmark x params x GC cell), not whole
 * cells, are dealt, so that even a one-cell run splits: longest expected fork first, each to the part with the
 * least expected time so far (ties to the lowest part), which every shard of the same command computes alike.
 */
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

    /** This shard's units, in their plan order. */
    List<Unit> deal(List<Unit> units) {
        if (count == 1) {
            return units;
        }
        double[] load = new double[count];
        List<Unit> mine = new ArrayList<>();
        for (Unit unit : units.stream().sorted(Plan.LONGEST_FIRST).toList()) {
            int least = 0;
            for (int part = 1; part < count; part++) {
                if (load[part] < load[least]) {
                    least = part;
                }
            }
            load[least] += unit.forkSeconds();
            if (least == index - 1) {
                mine.add(unit);
            }
        }
        mine.sort(Comparator.comparingInt(Unit::number));
        return mine;
    }
}
