package leakbench.analysis.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import leakbench.analysis.model.BenchmarkResult;
import leakbench.analysis.model.Metric;

/** Allocation per call from JMH's {@code -prof gc}, variants of a scenario side by side. */
public final class AllocationAnalysis {

    public static final String ALLOC_NORM = "gc.alloc.rate.norm";

    private AllocationAnalysis() {
    }

    /** Rows sorted by scenario, params, cell, then fixed before leaky before others. */
    public static List<AllocationRow> analyse(List<BenchmarkResult> results) {
        List<AllocationRow> rows = new ArrayList<>();
        for (BenchmarkResult r : results) {
            Metric norm = r.secondary().get(ALLOC_NORM);
            if (norm == null) {
                continue;
            }
            int batch = Calls.batchSize(r);
            double[] perCall = Arrays.stream(norm.finiteValues()).map(v -> v / batch).toArray();
            Optional<Slope> mean = Slope.mean(perCall);
            double point = perCall.length == 0 ? Double.NaN : Arrays.stream(perCall).average().orElseThrow();
            rows.add(new AllocationRow(Variant.of(r), r.gcCell(), point, mean.map(Slope::low).orElse(Double.NaN),
                    mean.map(Slope::high).orElse(Double.NaN), perCall.length));
        }
        rows.sort(Comparator.comparing((AllocationRow a) -> a.variant().scenario())
                .thenComparing(a -> a.variant().params().toString())
                .thenComparing(AllocationRow::cell, CellOrder.ORDER)
                .thenComparing(a -> a.variant().kind() == VariantKind.FIXED ? 0
                        : a.variant().kind() == VariantKind.LEAKY ? 1 : 2)
                .thenComparing(a -> a.variant().method()));
        return rows;
    }
}
