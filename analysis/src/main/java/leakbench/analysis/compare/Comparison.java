package leakbench.analysis.compare;

import java.util.List;

import leakbench.analysis.model.ResultKey;

/**
 * The whole comparison of a candidate run against a base run.
 *
 * @param paired  the sides of one interleaved run, compared pair by pair; false for two separate runs
 * @param added   results only in the candidate
 * @param removed results only in the base
 */
public record Comparison(String base, String candidate, CompareSettings settings, boolean paired,
                         List<EnvironmentDifference> environment, List<ResultComparison> results,
                         List<ResultKey> added, List<ResultKey> removed, List<FamilySummary> families) {

    public Comparison {
        environment = List.copyOf(environment);
        results = List.copyOf(results);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        families = List.copyOf(families);
    }

    /** How many metric comparisons ended with {@code verdict}. */
    public long count(Verdict verdict) {
        return results.stream().flatMap(r -> r.metrics().stream()).filter(m -> m.verdict() == verdict).count();
    }

    public boolean hasRegression() {
        return count(Verdict.REGRESSED) > 0;
    }
}
