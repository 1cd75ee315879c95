package leakbench.analysis.render;

import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The cost section's two charts: the LBO figure and the CPU-latency trade-off. */
final class CostCharts {

    private CostCharts() {
    }

    /** Overhead against heap multiple, one line per collector (the LBO paper's figure); points {@code [multiple, overhead]}. */
    static JFreeChart overheadByHeap(String title, String what, Map<String, List<double[]>> pointsByCollector) {
        XYSeriesCollection data = data(pointsByCollector, true, 1);
        NumberAxis x = new NumberAxis("heap size / minimum heap");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(what + " overhead (1.00 = no GC cost)");
        y.setAutoRangeIncludesZero(false);
        return Charts.chart(title, new XYPlot(data, x, y, Charts.renderer(true)));
    }

    /** CPU overhead against p99 pause, one point per cell, one series per collector; points {@code [p99 ms, overhead]}. */
    static JFreeChart cpuAgainstPause(String title, Map<String, List<double[]>> pointsByCollector) {
        XYSeriesCollection data = data(pointsByCollector, true, 1);
        LogAxis x = Charts.logAxis("p99 pause (ms, log scale; left is better)");
        NumberAxis y = new NumberAxis("CPU overhead (1.00 = no GC cost)");
        y.setAutoRangeIncludesZero(false);
        return Charts.chart(title, new XYPlot(data, x, y, Charts.renderer(false)));
    }

    /** A value per step against the live heap's share of -Xmx, one line per cell, value axis logarithmic. */
    static JFreeChart againstLiveShare(String title, String what, Map<String, List<double[]>> pointsByCell) {
        XYSeriesCollection data = data(pointsByCell, false, 100);
        NumberAxis x = new NumberAxis("live heap at the step's end (% of -Xmx)");
        return Charts.chart(title, new XYPlot(data, x, Charts.logAxis(what + ", log scale"), Charts.renderer(true)));
    }

    /** Mean pause against pause count, one line per collector through its young sizes; points {@code [count, ms]}. */
    static JFreeChart countAgainstLength(Map<String, List<double[]>> pointsByLine) {
        XYSeriesCollection data = data(pointsByLine, false, 1);
        NumberAxis x = new NumberAxis("pauses during measurement");
        NumberAxis y = new NumberAxis("mean pause (ms)");
        return Charts.chart("Fewer collections, longer pauses: one point per young size",
                new XYPlot(data, x, y, Charts.renderer(true)));
    }

    /** One series per key, points {@code [x, y]} with x multiplied by {@code xScale}; sorted by x when asked. */
    private static XYSeriesCollection data(Map<String, List<double[]>> pointsByKey, boolean sortByX, double xScale) {
        XYSeriesCollection data = new XYSeriesCollection();
        pointsByKey.forEach((key, points) -> {
            XYSeries s = new XYSeries(key, sortByX, true);
            points.forEach(p -> s.add(p[0] * xScale, p[1]));
            data.addSeries(s);
        });
        return data;
    }
}
