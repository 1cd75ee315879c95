package leakbench.analysis.report;

import java.util.Comparator;

import leakbench.analysis.model.GcCell;

/**
 * The order GC cells are listed in: by collector, then JDK, then heap size and young size as numbers (512m before
 * 2g, -Xmn8m before -Xmn16m).
 */
final class CellOrder {

    static final Comparator<GcCell> ORDER = Comparator.comparing(GcCell::collector)
            .thenComparingInt(CellOrder::jdk)
            .thenComparingLong(c -> Units.heapBytes(c.maxHeap()).orElse(Long.MAX_VALUE))
            .thenComparingLong(c -> c.youngSize().isEmpty() ? -1 : Units.heapBytes(c.youngSize()).orElse(Long.MAX_VALUE))
            .thenComparing(GcCell::label);

    private CellOrder() {
    }

    private static int jdk(GcCell cell) {
        try {
            return Integer.parseInt(cell.jdkFeature());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
