package leakbench.analysis.report;

import java.util.List;

/**
 * Everything a report says, ready to render: statistics only, no formatting.
 *
 * @param environment what the results describe
 * @param verdictRule the growth verdict rule in one sentence
 * @param growth      growth rows (empty when no result has retention metrics)
 * @param pauses      pause rows per benchmark and per cell (empty when no result has pause metrics)
 * @param tradeOff    time-space points: relative cost per collector and heap size
 * @param allocation  allocation rows (empty without {@code -prof gc})
 * @param jfr         summaries of the JFR recordings found beside the results
 * @param cost        CPU and LBO-style overhead per benchmark and cell (empty without CpuProfiler metrics)
 * @param bathtub     filling-bathtub cells read from their logs (empty without such cells in run.json)
 * @param notes       sections or parts that could not be made, and why
 * @param why         for every LEAK row with a trace: the types that grow and the path that keeps them
 */
public record Report(Environment environment, String verdictRule, List<GrowthRow> growth, PauseAnalysis.Result pauses,
                     List<TradeOff.Point> tradeOff, List<AllocationRow> allocation, List<JfrSummary> jfr,
                     CostAnalysis.Result cost, List<BathtubCurve> bathtub, List<String> notes, List<LeakWhy> why) {

    public Report {
        why = List.copyOf(why);
        growth = List.copyOf(growth);
        tradeOff = List.copyOf(tradeOff);
        allocation = List.copyOf(allocation);
        jfr = List.copyOf(jfr);
        bathtub = List.copyOf(bathtub);
        notes = List.copyOf(notes);
    }
}
