package leakbench.analysis.model;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The identity of a result across runs: benchmark, mode, params and GC cell (collector, heap sizes, JDK feature
 * release). Two runs' results with equal keys measure the same thing and may be compared.
 */
public record ResultKey(String benchmark, Mode mode, SortedMap<String, String> params, String collector,
                        String maxHeap, String initialHeap, String youngSize, String jdkFeature) {

    public ResultKey {
        params = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(params));
    }

    /** The GC cell as a short label, e.g. {@code G1 -Xmx512m JDK 17}. */
    public String cellLabel() {
        return GcCell.label(collector, maxHeap, initialHeap, youngSize, jdkFeature);
    }

    public static ResultKey of(String benchmark, Mode mode, Map<String, String> params, GcCell cell) {
        return new ResultKey(benchmark, mode, new TreeMap<>(params), cell.collector(), cell.maxHeap(),
                cell.initialHeap(), cell.youngSize(), cell.jdkFeature());
    }
}
