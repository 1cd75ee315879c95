package leakbench.analysis.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import leakbench.analysis.report.BathtubCurve;
import leakbench.analysis.report.BathtubStep;

/** The filling bathtub to the end: per collector, step time and pauses against how full the heap is. */
final class BathtubSection {

    private BathtubSection() {
    }

    static List<Block> of(List<BathtubCurve> curves) {
        List<Block> blocks = new ArrayList<>();
        if (curves.isEmpty()) {
            return blocks;
        }
        blocks.add(new Block.Heading(2, "Filling bathtub"));
        blocks.add(new Block.Paragraph("FillingBathtubBenchmark.leakyFill run until the heap is exhausted, one cell per"
                + " collector: each measurement iteration is one step of puts that stay reachable. Read from each"
                + " cell's log (JMH writes no result for a fork that ran out of memory). Live share = heap.retained at"
                + " the step's end over -Xmx; pause = gc.pause.total of the step. Died at = the step that did not"
                + " finish."));
        List<List<String>> rows = new ArrayList<>();
        for (BathtubCurve c : curves) {
            BathtubStep last = c.steps().isEmpty() ? null : c.steps().get(c.steps().size() - 1);
            BathtubStep first = c.steps().isEmpty() ? null : c.steps().get(0);
            rows.add(List.of(c.label(), c.outcome(), Integer.toString(c.steps().size()),
                    c.diedAt() > 0 ? Integer.toString(c.diedAt()) : HumanUnits.NONE,
                    last == null ? HumanUnits.NONE : HumanUnits.percent(last.liveShare()),
                    first == null ? HumanUnits.NONE : HumanUnits.millis(first.stepMs()),
                    last == null ? HumanUnits.NONE : HumanUnits.millis(last.stepMs()),
                    last == null ? HumanUnits.NONE : HumanUnits.millis(last.pauseMs())));
        }
        blocks.add(new Block.Table(List.of("cell", "outcome", "steps done", "died at step", "last live share",
                "first step", "last step", "last step's pauses"), rows, Set.of()));
        blocks.add(new Block.Chart(CostCharts.againstLiveShare("Time per step as the tub fills", "step time (ms)",
                series(curves, BathtubStep::stepMs)), 760, 420));
        blocks.add(new Block.Chart(CostCharts.againstLiveShare("Pause time per step as the tub fills",
                "pause time in the step (ms)", series(curves, BathtubStep::pauseMs)), 760, 420));
        return blocks;
    }

    private static Map<String, List<double[]>> series(List<BathtubCurve> curves, ToDoubleFunction<BathtubStep> y) {
        Map<String, List<double[]>> lines = new LinkedHashMap<>();
        for (BathtubCurve c : curves) {
            List<double[]> points = new ArrayList<>();
            for (BathtubStep s : c.steps()) {
                double v = y.applyAsDouble(s);
                if (Double.isFinite(v) && Double.isFinite(s.liveShare())) {
                    points.add(new double[] {s.liveShare(), Math.max(v, 1e-3)});
                }
            }
            lines.put(c.label(), points);
        }
        return lines;
    }
}
