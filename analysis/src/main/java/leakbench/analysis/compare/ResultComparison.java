package leakbench.analysis.compare;

import java.util.List;

import leakbench.analysis.model.ResultKey;

/** One result present in both runs, with its compared metrics (metrics absent from both sides are left out). */
public record ResultComparison(ResultKey key, String family, List<MetricComparison> metrics) {

    public ResultComparison {
        metrics = List.copyOf(metrics);
    }
}
