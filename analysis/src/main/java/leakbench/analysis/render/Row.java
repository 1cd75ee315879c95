package leakbench.analysis.render;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import leakbench.analysis.compare.Comparison;
import leakbench.analysis.compare.MetricComparison;
import leakbench.analysis.compare.ResultComparison;
import leakbench.analysis.compare.Verdict;
import leakbench.analysis.model.ResultKey;

/**
 * One metric comparison flattened for a table. {@code benchmark}, {@code params}, {@code cell}, {@code metric} and
 * {@code unit} are untrusted and unescaped: each renderer escapes them for its format.
 */
record Row(Verdict verdict, String benchmark, String mode, String params, String cell, String metric, String unit,
           MetricComparison comparison) {

    /** Every metric comparison in result order. */
    static List<Row> all(Comparison comparison) {
        return comparison.results().stream()
                .flatMap(r -> r.metrics().stream().map(m -> of(r, m)))
                .toList();
    }

    /** Regressions then improvements, each from the largest change down. */
    static List<Row> significant(Comparison comparison) {
        return all(comparison).stream()
                .filter(r -> r.verdict().isSignificantChange())
                .sorted(Comparator.comparing((Row r) -> r.verdict() != Verdict.REGRESSED)
                        .thenComparing(r -> -magnitude(r.comparison())))
                .toList();
    }

    private static double magnitude(MetricComparison m) {
        double r = m.ratio();
        return r > 0 && Double.isFinite(r) ? Math.abs(Math.log(r)) : Double.MAX_VALUE;
    }

    private static Row of(ResultComparison r, MetricComparison m) {
        ResultKey k = r.key();
        return new Row(m.verdict(), shortName(k.benchmark()), k.mode().label(), params(k.params()),
                k.cellLabel(), m.metric(), m.unit(), m);
    }

    /** The leakbench package prefix adds nothing in a table of leakbench results. */
    static String shortName(String benchmark) {
        return benchmark.startsWith("leakbench.") ? benchmark.substring("leakbench.".length()) : benchmark;
    }

    static String params(Map<String, String> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    /** The headline counts, e.g. "1 regressed, 2 improved, 30 unchanged"; only non-zero counts. */
    static String counts(Comparison comparison) {
        String counts = java.util.Arrays.stream(Verdict.values())
                .filter(v -> comparison.count(v) > 0)
                .map(v -> comparison.count(v) + " " + v.words())
                .collect(Collectors.joining(", "));
        return counts.isEmpty() ? "nothing compared" : counts;
    }
}
