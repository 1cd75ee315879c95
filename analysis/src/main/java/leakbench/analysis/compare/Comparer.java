package leakbench.analysis.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import leakbench.analysis.model.BenchmarkResult;
import leakbench.analysis.model.ResultKey;
import leakbench.analysis.model.ResultSet;

/**
 * Compares a candidate result set against a base: matching by {@link ResultKey}, then metric by metric on one
 * value per fork, then every verdict with Holm-adjusted p-values over all the comparison's tests.
 */
public final class Comparer {

    private final CompareSettings settings;
    private final MetricComparer metricComparer;

    public Comparer(CompareSettings settings) {
        this.settings = settings;
        this.metricComparer = new MetricComparer(settings);
    }

    /** Two separate runs (no pairing). */
    public Comparison compare(ResultSet base, ResultSet candidate) throws DuplicateResultException {
        return compare(base, candidate, false);
    }

    /**
     * @param paired the two sets are the sides of one interleaved run: fork k of each result is pair k
     * @throws DuplicateResultException when a set holds two results with the same identity: they cannot be paired
     */
    public Comparison compare(ResultSet base, ResultSet candidate, boolean paired) throws DuplicateResultException {
        Map<ResultKey, BenchmarkResult> baseByKey = byKey(base);
        Map<ResultKey, BenchmarkResult> candidateByKey = byKey(candidate);
        List<BenchmarkResult> sharedBase = new ArrayList<>();
        List<BenchmarkResult> sharedCandidate = new ArrayList<>();
        List<ResultKey> removed = new ArrayList<>();
        baseByKey.forEach((key, b) -> {
            BenchmarkResult c = candidateByKey.get(key);
            if (c == null) {
                removed.add(key);
            } else {
                sharedBase.add(b);
                sharedCandidate.add(c);
            }
        });
        List<ResultComparison> compared = adjusted(java.util.stream.IntStream.range(0, sharedBase.size())
                .mapToObj(i -> compareResult(sharedBase.get(i).key(), sharedBase.get(i), sharedCandidate.get(i), paired))
                .toList());
        List<ResultKey> added = candidateByKey.keySet().stream().filter(k -> !baseByKey.containsKey(k)).toList();
        return new Comparison(base.source().toString(), candidate.source().toString(), settings, paired,
                EnvironmentDiff.between(base, candidate, sharedBase, sharedCandidate), compared, added, removed,
                families(compared));
    }

    private ResultComparison compareResult(ResultKey key, BenchmarkResult base, BenchmarkResult candidate,
                                           boolean paired) {
        List<MetricComparison> metrics = new ArrayList<>();
        for (String name : settings.metrics()) {
            metricComparer.compare(name, key.mode(), base.metric(name), candidate.metric(name), paired)
                    .ifPresent(metrics::add);
        }
        return new ResultComparison(key, base.family(), metrics);
    }

    /** Every verdict decided again with Holm-adjusted p-values over all tests of the comparison. */
    private List<ResultComparison> adjusted(List<ResultComparison> compared) {
        double[] p = compared.stream().flatMap(r -> r.metrics().stream()).mapToDouble(MetricComparison::pValue).toArray();
        double[] adjusted = Holm.adjust(p);
        List<ResultComparison> decided = new ArrayList<>();
        int i = 0;
        for (ResultComparison r : compared) {
            List<MetricComparison> metrics = new ArrayList<>();
            for (MetricComparison m : r.metrics()) {
                metrics.add(metricComparer.decide(m, r.key().mode(), adjusted[i++]));
            }
            decided.add(new ResultComparison(r.key(), r.family(), metrics));
        }
        return decided;
    }

    private static Map<ResultKey, BenchmarkResult> byKey(ResultSet set) throws DuplicateResultException {
        Map<ResultKey, BenchmarkResult> byKey = new TreeMap<>(KEY_ORDER);
        for (BenchmarkResult r : set.results()) {
            if (byKey.put(r.key(), r) != null) {
                throw new DuplicateResultException(set.source() + ": two results of " + r.benchmark() + " ("
                        + r.mode().label() + ", params " + r.params() + ", " + r.gcCell().label()
                        + ") have the same identity; compare runs that hold each result once");
            }
        }
        return byKey;
    }

    /** Geometric mean of the ratio per family and metric, over comparisons that reached a verdict. */
    private List<FamilySummary> families(List<ResultComparison> compared) {
        Map<String, Map<String, List<MetricComparison>>> byFamily = new TreeMap<>();
        for (ResultComparison r : compared) {
            for (MetricComparison m : r.metrics()) {
                if (m.ratio() > 0 && Double.isFinite(m.ratio()) && m.verdict() != Verdict.INSUFFICIENT_DATA
                        && m.verdict() != Verdict.INCOMPARABLE_UNITS) {
                    byFamily.computeIfAbsent(r.family(), f -> new LinkedHashMap<>())
                            .computeIfAbsent(m.metric(), n -> new ArrayList<>()).add(m);
                }
            }
        }
        List<FamilySummary> summaries = new ArrayList<>();
        byFamily.forEach((family, metrics) -> settings.metrics().forEach(name -> {
            List<MetricComparison> ms = metrics.get(name);
            if (ms != null) {
                double logMean = ms.stream().mapToDouble(m -> Math.log(m.ratio())).average().orElseThrow();
                summaries.add(new FamilySummary(family, name, ms.get(0).direction(), ms.size(), Math.exp(logMean)));
            }
        }));
        return summaries;
    }

    /** Benchmark, mode, params, then GC cell: the order results appear in every output. */
    static final Comparator<ResultKey> KEY_ORDER = Comparator.comparing(ResultKey::benchmark)
            .thenComparing(ResultKey::mode)
            .thenComparing(k -> k.params().toString())
            .thenComparing(ResultKey::collector)
            .thenComparing(ResultKey::maxHeap)
            .thenComparing(ResultKey::initialHeap)
            .thenComparing(ResultKey::youngSize)
            .thenComparing(ResultKey::jdkFeature);
}
