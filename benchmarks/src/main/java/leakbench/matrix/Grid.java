package leakbench.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The cells of a matrix run in a fixed order (JDK, collector, heap, young size, benchmark), numbered from 1
 * over the whole grid, so that every shard of the same command sees the same numbering.
 */
final class Grid {
    private Grid() {
    }

    static List<Cell> cells(MatrixOptions options, Jdk defaultJdk, List<String> benchmarks) {
        List<Jdk> jdks = options.jdks().isEmpty() ? List.of(defaultJdk) : options.jdks();
        List<Collector> collectors = orNull(options.collectors());
        List<HeapSpec> heaps = orNull(options.heaps());
        List<Long> youngSizes = orNull(options.youngSizes());
        List<Cell> cells = new ArrayList<>();
        for (Jdk jdk : jdks) {
            for (Collector collector : collectors) {
                for (HeapSpec heap : heaps) {
                    for (Long young : youngSizes) {
                        List<String> perCell = heap != null && heap.isMultiple() ? benchmarks : Collections.singletonList(null);
                        for (String benchmark : perCell) {
                            cells.add(new Cell(cells.size() + 1, jdk, collector, heap, young, benchmark));
                        }
                    }
                }
            }
        }
        return cells;
    }

    /** A one-element list holding {@code null} stands for "this dimension is not varied". */
    private static <T> List<T> orNull(List<T> values) {
        return values.isEmpty() ? Arrays.asList((T) null) : values;
    }
}
