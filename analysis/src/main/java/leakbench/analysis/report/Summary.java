package leakbench.analysis.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import leakbench.analysis.model.GcCell;

/**
 * The report's answer: per scenario, its {@code leaky*} variants beside its {@code fixed*} ones and its cost-only
 * variants apart, each with its verdict, retained and allocated bytes per call over the GC cells. Built from the very
 * {@link GrowthRow} and {@link AllocationRow} objects of the report's detail tables, so the two cannot disagree.
 *
 * @param scenarios in the order of the growth rows (scenario, params)
 * @param cells     the GC cells of the growth rows, in {@link CellOrder}
 */
public record Summary(List<Scenario> scenarios, List<GcCell> cells) {

    public Summary {
        scenarios = List.copyOf(scenarios);
        cells = List.copyOf(cells);
    }

    /** How many scenarios (param sets) the benchmark class ran with. */
    public long paramSetsOf(String scenarioClass) {
        return scenarios.stream().filter(s -> s.scenario().equals(scenarioClass)).count();
    }

    /**
     * One scenario: a benchmark class with one set of params.
     *
     * @param scenario the class, {@code leakbench.caches.GrowingCacheBenchmark}
     * @param params   its params, sorted by name
     */
    public record Scenario(String scenario, Map<String, String> params, List<VariantSummary> leaky,
                           List<VariantSummary> fixed, List<VariantSummary> other) {
        public Scenario {
            leaky = List.copyOf(leaky);
            fixed = List.copyOf(fixed);
            other = List.copyOf(other);
        }

        public String simpleName() {
            return scenario.substring(scenario.lastIndexOf('.') + 1);
        }

        public boolean hasPair() {
            return !leaky.isEmpty() || !fixed.isEmpty();
        }
    }

    /**
     * One variant over the GC cells it ran in.
     *
     * @param growth     its growth row per cell (empty without retention metrics)
     * @param allocation its allocation row per cell (empty without {@code -prof gc})
     */
    public record VariantSummary(Variant variant, List<GrowthRow> growth, List<AllocationRow> allocation) {
        public VariantSummary {
            growth = List.copyOf(growth);
            allocation = List.copyOf(allocation);
        }

        /** The verdict shared by every cell; empty when the cells disagree or there is no growth row. */
        public Optional<Verdict> verdict() {
            List<Verdict> verdicts = growth.stream().map(GrowthRow::verdict).distinct().toList();
            return verdicts.size() == 1 ? Optional.of(verdicts.get(0)) : Optional.empty();
        }

        public long cellsWith(Verdict verdict) {
            return growth.stream().filter(g -> g.verdict() == verdict).count();
        }

        /** Retained bytes per call: the median of the cells' estimates (the estimate itself with one cell). */
        public double bytesPerCall() {
            return median(growth.stream().mapToDouble(GrowthRow::bytesPerCall));
        }

        /** The lowest lower end of the cells' 95% intervals. */
        public double low() {
            return growth.stream().mapToDouble(GrowthRow::low).filter(Double::isFinite).min().orElse(Double.NaN);
        }

        /** The highest upper end of the cells' 95% intervals. */
        public double high() {
            return growth.stream().mapToDouble(GrowthRow::high).filter(Double::isFinite).max().orElse(Double.NaN);
        }

        /** Allocated bytes per call: the median of the cells' means. */
        public double allocatedPerCall() {
            return median(allocation.stream().mapToDouble(AllocationRow::bytesPerCall));
        }

        /** The surprises of the growth rows ({@link GrowthRow#flag()}), one per cell that has one. */
        public List<GrowthRow> flagged() {
            return growth.stream().filter(g -> !g.flag().isEmpty()).toList();
        }

        private static double median(java.util.stream.DoubleStream values) {
            double[] v = values.filter(Double::isFinite).sorted().toArray();
            if (v.length == 0) {
                return Double.NaN;
            }
            return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }
    }

    /** The summary of a report: every variant of its growth and allocation rows, grouped by scenario. */
    public static Summary of(Report report) {
        Map<String, Map<Variant, List<GrowthRow>>> growth = new LinkedHashMap<>();
        Map<String, Map<Variant, List<AllocationRow>>> allocation = new LinkedHashMap<>();
        for (GrowthRow g : report.growth()) {
            growth.computeIfAbsent(key(g.variant()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(g.variant(), v -> new ArrayList<>()).add(g);
        }
        for (AllocationRow a : report.allocation()) {
            allocation.computeIfAbsent(key(a.variant()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(a.variant(), v -> new ArrayList<>()).add(a);
        }
        List<String> keys = new ArrayList<>(growth.keySet());
        allocation.keySet().stream().filter(k -> !growth.containsKey(k)).sorted().forEach(keys::add);

        List<Scenario> scenarios = new ArrayList<>();
        for (String key : keys) {
            Map<Variant, List<GrowthRow>> g = growth.getOrDefault(key, Map.of());
            Map<Variant, List<AllocationRow>> a = allocation.getOrDefault(key, Map.of());
            List<Variant> variants = new ArrayList<>(g.keySet());
            a.keySet().stream().filter(v -> !g.containsKey(v)).forEach(variants::add);
            variants.sort(java.util.Comparator.comparing(Variant::kind).thenComparing(Variant::method));
            Map<VariantKind, List<VariantSummary>> byKind = new LinkedHashMap<>();
            for (VariantKind kind : VariantKind.values()) {
                byKind.put(kind, new ArrayList<>());
            }
            for (Variant v : variants) {
                byKind.get(v.kind()).add(new VariantSummary(v, g.getOrDefault(v, List.of()), a.getOrDefault(v, List.of())));
            }
            Variant first = variants.get(0);
            scenarios.add(new Scenario(first.scenario(), first.params(), byKind.get(VariantKind.LEAKY),
                    byKind.get(VariantKind.FIXED), byKind.get(VariantKind.OTHER)));
        }
        List<GcCell> cells = report.growth().stream().map(GrowthRow::cell).filter(Objects::nonNull).distinct()
                .sorted(CellOrder.ORDER).toList();
        if (cells.isEmpty()) {
            cells = report.allocation().stream().map(AllocationRow::cell).distinct().sorted(CellOrder.ORDER).toList();
        }
        return new Summary(scenarios, cells);
    }

    /** Scenario and params: the grouping of the detail tables. */
    private static String key(Variant v) {
        return v.scenario() + " " + v.params();
    }

    /** Every variant of every scenario, leaky first, then fixed, then cost-only. */
    public List<VariantSummary> variants() {
        return scenarios.stream().flatMap(s -> java.util.stream.Stream.of(s.leaky(), s.fixed(), s.other())
                .flatMap(List::stream)).toList();
    }

    /** The most GC cells any variant ran in: 1 for a run in one cell, whatever heaps the benchmarks chose. */
    public int cellsPerVariant() {
        return variants().stream().mapToInt(v -> Math.max(v.growth().size(), v.allocation().size())).max().orElse(0);
    }

    /** How many variants share each single verdict, for the headline. */
    public Map<Verdict, Long> verdictCounts() {
        Map<Verdict, Long> counts = new LinkedHashMap<>();
        Arrays.stream(Verdict.values()).forEach(v -> counts.put(v, 0L));
        variants().forEach(v -> v.verdict().ifPresent(verdict -> counts.merge(verdict, 1L, Long::sum)));
        return counts;
    }
}
