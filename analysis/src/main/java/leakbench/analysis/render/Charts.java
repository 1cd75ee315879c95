package leakbench.analysis.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/** The report's charts, built with JFreeChart and drawn as inline SVG by JFreeSVG. */
final class Charts {

    private static final Color[] PALETTE = {new Color(0xD62728), new Color(0x1F77B4), new Color(0x2CA02C),
        new Color(0xFF7F0E), new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F),
        new Color(0xBCBD22), new Color(0x17BECF)};

    private Charts() {
    }

    /** Retained heap (MiB) against cumulative calls, one scatter series per variant. */
    static JFreeChart growth(String title, Map<String, List<double[]>> pointsByVariant) {
        XYSeriesCollection data = new XYSeriesCollection();
        pointsByVariant.forEach((variant, points) -> {
            XYSeries s = new XYSeries(variant, false, true);
            points.forEach(p -> s.add(p[0], p[1] / (1024 * 1024)));
            data.addSeries(s);
        });
        NumberAxis x = new NumberAxis("calls (cumulative)");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("heap.retained (MiB)");
        y.setAutoRangeIncludesZero(false);
        return chart(title, new XYPlot(data, x, y, renderer(false)));
    }

    /**
     * Pause time against percentile, one line per GC cell, both axes logarithmic as in jHiccup's plots: the x axis is
     * 1/(1-p), so 90%, 99%, 99.9% are evenly spaced; the maximum is drawn one decade past the last percentile.
     */
    static JFreeChart pausePercentiles(Map<String, List<double[]>> percentilesByCell) {
        XYSeriesCollection data = new XYSeriesCollection();
        percentilesByCell.forEach((cell, points) -> {
            XYSeries s = new XYSeries(cell, true, true);
            double lastX = 1;
            for (double[] p : points) {
                if (p[0] < 1) {
                    lastX = 1 / (1 - p[0]);
                    s.add(lastX, p[1]);
                }
            }
            points.stream().filter(p -> p[0] >= 1).forEach(p -> s.add(Math.max(1e5, 10 * s.getMaxX()), p[1]));
            data.addSeries(s);
        });
        LogAxis x = logAxis("percentile (log scale of 1/(1-p)); the rightmost point of a line is its maximum");
        x.setNumberFormatOverride(new PercentileFormat());
        LogAxis y = logAxis("pause (ms)");
        return chart("Pause percentiles per GC cell (all benchmarks of the cell pooled)",
                new XYPlot(data, x, y, renderer(true)));
    }

    /** Relative cost against heap size, one line per collector. */
    static JFreeChart tradeOff(String title, Map<String, List<double[]>> pointsByCollector) {
        XYSeriesCollection data = new XYSeriesCollection();
        pointsByCollector.forEach((collector, points) -> {
            XYSeries s = new XYSeries(collector, true, true);
            points.forEach(p -> s.add(p[0] / (1024 * 1024), p[1]));
            data.addSeries(s);
        });
        NumberAxis x = new NumberAxis("maximum heap (MiB)");
        NumberAxis y = new NumberAxis("relative cost (1.00 = best cell per benchmark; lower is better)");
        y.setAutoRangeIncludesZero(false);
        return chart(title, new XYPlot(data, x, y, renderer(true)));
    }

    /** A base-10 log axis with a tick at each power of ten, labelled with the value itself (0.01, 0.1, 1, 10). */
    static LogAxis logAxis(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(10);
        axis.setSmallestValue(1e-3);
        axis.setAutoTickUnitSelection(false);
        axis.setTickUnit(new NumberTickUnit(1), false, false);
        axis.setMinorTickCount(9);
        axis.setNumberFormatOverride(new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        return axis;
    }

    /** Labels an x = 1/(1-p) axis with the percentile p: 2 is 50%, 100 is 99%, 1000 is 99.9%. */
    private static final class PercentileFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double x, StringBuffer to, FieldPosition pos) {
            double percent = 100 * (1 - 1 / x);
            return to.append(new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT))
                    .format(percent)).append('%');
        }

        @Override
        public StringBuffer format(long x, StringBuffer to, FieldPosition pos) {
            return format((double) x, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("labels only");
        }
    }

    /**
     * The chart as an {@code <svg>} element. Each chart's definitions (clip paths) get their own id prefix, since
     * several SVGs share one HTML document.
     */
    static String svg(JFreeChart chart, int width, int height, String idPrefix) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(idPrefix);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        return g2.getSVGElement(idPrefix + "svg");
    }

    static XYLineAndShapeRenderer renderer(boolean lines) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(lines, true);
        for (int i = 0; i < PALETTE.length; i++) {
            r.setSeriesPaint(i, PALETTE[i]);
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
        return r;
    }

    static JFreeChart chart(String title, XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
