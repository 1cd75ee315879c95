package leakbench.analysis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import leakbench.analysis.model.BenchmarkResult;
import leakbench.analysis.model.ResultSet;

/** Turns a result set into a {@link Report}, noting every section that the results do not allow. */
public final class ReportBuilder {

    private ReportBuilder() {
    }

    /** The report of a result set, with the pause lists found beside it. */
    public static Report build(ResultSet set) {
        List<String> notes = new ArrayList<>();
        return build(set, PauseListFiles.beside(set.source(), notes), notes);
    }

    static Report build(ResultSet set, PauseLists pauseLists, List<String> notes) {
        Environment environment = EnvironmentReader.read(set, notes);
        List<BenchmarkResult> results = set.results();

        List<GrowthRow> growth = GrowthAnalysis.analyse(results);
        if (growth.isEmpty()) {
            notes.add("Growth report not made: no result has heap.retained or heap.retained.norm"
                    + " (run with -prof leakbench.profile.HeapGrowthProfiler).");
        }
        long unestimated = growth.stream().filter(g -> g.method().isEmpty()).count();
        if (unestimated > 0) {
            notes.add("Growth: " + unestimated + " of " + growth.size() + " rows have no estimate; their reason is"
                    + " given in the row.");
        }

        PauseAnalysis.Result pauses = PauseAnalysis.analyse(results, pauseLists);
        if (pauses.rows().isEmpty()) {
            notes.add("Pause report not made: no result has gc.pause.* metrics"
                    + " (run with -prof leakbench.profile.GcPauseProfiler).");
        } else if (pauses.rows().stream().noneMatch(PauseRow::fromPauseLists)) {
            notes.add("Pauses: minimum mutator utilisation not computed and percentiles pooled from per-iteration"
                    + " metrics: no pause list was found for any result below the results' directory"
                    + " (run with -prof leakbench.profile.GcPauseProfiler:dir=DIR/pauses, DIR holding results.json).");
        }

        List<TradeOff.Point> tradeOff = TradeOff.points(results);
        Map<String, Long> heapsPerLine = tradeOff.stream()
                .collect(Collectors.groupingBy(p -> p.jdk() + " " + p.collector(), Collectors.counting()));
        if (heapsPerLine.values().stream().noneMatch(n -> n >= 2)) {
            notes.add("Time-space chart not drawn: no collector ran at two or more heap sizes (-Xmx) on one JDK.");
        }

        List<AllocationRow> allocation = AllocationAnalysis.analyse(results);
        if (allocation.isEmpty()) {
            notes.add("Allocation report not made: no result has gc.alloc.rate.norm (run with -prof gc).");
        }

        long nonFinite = results.stream().filter(r -> !Double.isFinite(r.primary().score())).count();
        if (nonFinite > 0) {
            notes.add(nonFinite + " results have a primary score that is NaN or infinite; speeds and times to"
                    + " exhaustion are missing for them.");
        }
        java.util.Set<String> leaking = growth.stream().filter(g -> g.verdict() == Verdict.LEAK)
                .map(g -> g.variant().scenario() + "." + g.variant().method()).collect(Collectors.toSet());
        List<JfrSummary> jfr = JfrRecordings.beside(set.source(), results, leaking, notes);
        if (jfr.isEmpty()) {
            notes.add("JFR section not made: no JFR recording (*.jfr) was found below the results' directory"
                    + " (run with -prof jfr:dir=DIR/jfr, DIR holding results.json).");
        } else if (jfr.stream().noneMatch(JfrSummary::rootsRecorded)) {
            notes.add("JFR: old-object samples have no path to a GC root: JMH's jfr profiler does not dump with"
                    + " path-to-gc-roots=true; the allocation site of each sample is shown instead.");
        }
        CostAnalysis.Result cost = CostAnalysis.analyse(results, pauses, HeapMultiples.beside(set.source(), new ArrayList<>()));
        if (cost.rows().isEmpty()) {
            notes.add("Cost report not made: no result has cpu.process.norm"
                    + " (run with -prof leakbench.profile.CpuProfiler).");
        }
        List<BathtubCurve> bathtub = BathtubLogs.beside(set.source(), notes);
        // Without trace files the report is exactly what it was: tracing is opt-in, its absence is no gap.
        List<LeakWhy> why = WhyAnalysis.analyse(results, TraceFiles.beside(set.source(), notes));
        return new Report(environment, Verdict.RULE, growth, pauses, tradeOff, allocation, jfr, cost, bathtub, notes,
                why);
    }
}
