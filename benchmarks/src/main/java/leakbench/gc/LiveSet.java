package leakbench.gc;

import java.util.Random;

/**
 * A live set of a chosen size for a collector to trace: small cells (an object with a 64-byte array) linked at
 * random, so marking chases pointers across the heap instead of streaming through one big array. Size is
 * approximate (JOL-checked in the tests to within 10% on a 64-bit JVM with compressed oops).
 */
public final class LiveSet {
    /** Bytes per cell with compressed oops: cell 24 + long[8] 80 + its slot in the array 4. */
    static final int BYTES_PER_CELL = 108;
    private static final int CELL_LONGS = 8;

    private final Cell[] cells;

    private LiveSet(Cell[] cells) {
        this.cells = cells;
    }

    public static LiveSet ofMegabytes(int megabytes, long seed) {
        if (megabytes < 0) {
            throw new IllegalArgumentException("live set size must not be negative, was " + megabytes + " MB");
        }
        int count = (int) Math.min(Integer.MAX_VALUE - 8, (long) megabytes * 1024 * 1024 / BYTES_PER_CELL);
        Cell[] cells = new Cell[count];
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            cells[i] = new Cell(random.nextLong());
        }
        for (int i = 0; i < count; i++) {
            cells[i].next = cells[random.nextInt(count)];
        }
        return new LiveSet(cells);
    }

    public int cellCount() {
        return cells.length;
    }

    private static final class Cell {
        final long[] data = new long[CELL_LONGS];
        Cell next;

        Cell(long value) {
            data[0] = value;
        }
    }
}
