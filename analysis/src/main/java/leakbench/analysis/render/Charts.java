package leakbench.analysis.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

import leakbench.analysis.report.VariantKind;

/** The report's charts, built with JFreeChart and drawn as inline SVG by JFreeSVG. */
final class Charts {

    private static final Color[] PALETTE = {new Color(0xD62728), new Color(0x1F77B4), new Color(0x2CA02C),
        new Color(0xFF7F0E), new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F),
        new Color(0xBCBD22), new Color(0x17BECF)};

    /** Leaky, fixed and cost-only variants in the overview: red, blue and grey, as the badges. */
    static final Color LEAKY = new Color(0xC62828);
    static final Color FIXED = new Color(0x1565C0);
    static final Color OTHER = new Color(0x757575);
    /** Values at or below this are drawn at it on log axes (a log axis has no zero or negative values). */
    static final double LOG_FLOOR_BYTES = 0.1;

    /** Hollow marks of different shapes, so that series on top of each other all stay visible. */
    private static final Shape[] SHAPES = {new Ellipse2D.Double(-4, -4, 8, 8), new Rectangle2D.Double(-3.5, -3.5, 7, 7),
        triangle(false), diamond(), triangle(true), plus(), new Rectangle2D.Double(-5, -2, 10, 4),
        new Rectangle2D.Double(-2, -5, 4, 10)};
    private static final float[][] DASHES = {null, {6f, 3f}, {2f, 2f}, {8f, 3f, 2f, 3f}, {4f, 4f}, {1f, 3f}};

    private Charts() {
    }

    /**
     * One row of the overview chart: a variant, its kind, and per GC cell {@code {estimate, low, high}} of retained
     * bytes per call (null where it did not run or has no estimate), plus its noise floor.
     */
    record OverviewRow(String label, VariantKind kind, int group, double floor, List<double[]> perCell) {
    }

    /**
     * Retained bytes per call of every variant on one log axis: a row per variant (grouped by scenario in alternating
     * bands), one mark per GC cell with its 95% whisker, set side by side within the row in cell order (shape = the
     * cell's collector), colour = leaky, fixed or cost-only, and a grey tick at the row's noise floor.
     * {@code collectors}: each cell's collector, in the order of {@code cells}.
     */
    static JFreeChart overview(List<OverviewRow> rows, List<String> cells, List<String> collectors) {
        List<String> distinctCollectors = collectors.stream().distinct().toList();
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (int c = 0; c < cells.size(); c++) {
            YIntervalSeries s = new YIntervalSeries(cells.get(c), false, true);
            double offset = cells.size() == 1 ? 0 : -0.36 + 0.72 * c / (cells.size() - 1);
            for (int r = 0; r < rows.size(); r++) {
                double[] v = rows.get(r).perCell().get(c);
                if (v != null && Double.isFinite(v[0])) {
                    double low = Double.isFinite(v[1]) ? v[1] : v[0];
                    double high = Double.isFinite(v[2]) ? v[2] : v[0];
                    s.add(r + offset, logSafe(v[0]), logSafe(low), logSafe(high));
                }
            }
            data.addSeries(s);
        }
        XYSeriesCollection floors = new XYSeriesCollection();
        XYSeries floor = new XYSeries("noise floor", false, true);
        for (int r = 0; r < rows.size(); r++) {
            if (Double.isFinite(rows.get(r).floor())) {
                floor.add(r, logSafe(rows.get(r).floor()));
            }
        }
        floors.addSeries(floor);

        SymbolAxis variants = new SymbolAxis(null, rows.stream().map(OverviewRow::label).toArray(String[]::new));
        variants.setInverted(true);
        variants.setGridBandsVisible(false);
        variants.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        variants.setRange(-0.6, rows.size() - 0.4);
        LogAxis bytes = logAxis("retained bytes per call (log scale; at or below " + LOG_FLOOR_BYTES
                + " B drawn at " + LOG_FLOOR_BYTES + " B)");
        bytes.setSmallestValue(LOG_FLOOR_BYTES / 2);
        bytes.setNumberFormatOverride(new BytesFormat());

        XYErrorRenderer marks = new XYErrorRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Paint getItemPaint(int series, int item) {
                int row = (int) Math.round(data.getXValue(series, item));
                return kindColour(rows.get(Math.max(0, Math.min(rows.size() - 1, row))).kind());
            }
        };
        marks.setDrawXError(false);
        marks.setDrawYError(true);
        marks.setCapLength(cells.size() > 4 ? 2 : 4);
        marks.setErrorStroke(new BasicStroke(1f));
        marks.setDefaultLinesVisible(false);
        for (int c = 0; c < cells.size(); c++) {
            marks.setSeriesShape(c, small(SHAPES[distinctCollectors.indexOf(collectors.get(c)) % SHAPES.length],
                    cells.size() > 4 ? 0.7 : 1));
            marks.setSeriesShapesFilled(c, true);
        }
        XYLineAndShapeRenderer ticks = new XYLineAndShapeRenderer(false, true);
        ticks.setSeriesShape(0, new Rectangle2D.Double(-1, -0.45 * rowHeight(cells.size()), 2, 0.9 * rowHeight(cells.size())));
        ticks.setSeriesPaint(0, new Color(0xBDBDBD));

        XYPlot plot = new XYPlot(data, variants, bytes, marks);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDataset(1, floors);
        plot.setRenderer(1, ticks);
        plot.setDomainGridlinesVisible(false);
        int start = 0;
        for (int r = 1; r <= rows.size(); r++) {
            if (r == rows.size() || rows.get(r).group() != rows.get(start).group()) {
                if (rows.get(start).group() % 2 == 1) {
                    plot.addDomainMarker(new IntervalMarker(start - 0.5, r - 0.5, new Color(0xF2F2F2)), Layer.BACKGROUND);
                }
                start = r;
            }
        }
        LegendItemCollection legend = new LegendItemCollection();
        Shape square = new Rectangle2D.Double(-5, -5, 10, 10);
        legend.add(new LegendItem("leaky*", null, null, null, square, LEAKY));
        legend.add(new LegendItem("fixed*", null, null, null, square, FIXED));
        if (rows.stream().anyMatch(r -> r.kind() == VariantKind.OTHER)) {
            legend.add(new LegendItem("cost-only", null, null, null, square, OTHER));
        }
        legend.add(new LegendItem("noise floor of the row", null, null, null, new Rectangle2D.Double(-1, -6, 2, 12),
                new Color(0x9E9E9E)));
        for (int c = 0; c < distinctCollectors.size(); c++) {
            legend.add(new LegendItem(distinctCollectors.get(c), null, null, null, SHAPES[c % SHAPES.length],
                    new Color(0x424242)));
        }
        plot.setFixedLegendItems(legend);
        return chart("Retained bytes per call, every variant, one mark per GC cell (whiskers: 95% CI)", plot);
    }

    /** Pixels per variant row: room for every cell's mark side by side. */
    private static double rowHeight(int cells) {
        return Math.max(17, 8 + 3.2 * cells);
    }

    /** Pixel height of the overview for {@code rows} variants and {@code cells} GC cells. */
    static int overviewHeight(int rows, int cells) {
        return (int) Math.round(150 + rowHeight(cells) * rows);
    }

    private static Shape small(Shape shape, double scale) {
        return scale == 1 ? shape : java.awt.geom.AffineTransform.getScaleInstance(scale, scale).createTransformedShape(shape);
    }

    /** One series of a growth panel: a variant's points {@code [calls, bytes]} and its fitted bytes per call. */
    record GrowthSeries(String name, List<double[]> points, double bytesPerCall) {
    }

    /**
     * One GC cell's panel of a scenario's small multiples: retained heap (MiB) against cumulative calls, one series
     * of hollow marks per variant (a different shape each, so coincident series stay visible) and its fitted slope
     * drawn through the centre of its points. {@code lowMib} and {@code highMib}: the y range shared by the panels.
     */
    static JFreeChart growthPanel(String title, List<GrowthSeries> series, double lowMib, double highMib) {
        XYSeriesCollection points = new XYSeriesCollection();
        XYSeriesCollection fits = new XYSeriesCollection();
        for (GrowthSeries g : series) {
            XYSeries s = new XYSeries(g.name(), false, true);
            g.points().forEach(p -> s.add(p[0], p[1] / MIB));
            points.addSeries(s);
            XYSeries fit = new XYSeries(g.name() + " fit", false, true);
            if (!g.points().isEmpty() && Double.isFinite(g.bytesPerCall())) {
                double meanX = g.points().stream().mapToDouble(p -> p[0]).average().orElseThrow();
                double meanY = g.points().stream().mapToDouble(p -> p[1]).average().orElseThrow();
                for (double x : new double[] {s.getMinX(), s.getMaxX()}) {
                    fit.add(x, (meanY + g.bytesPerCall() * (x - meanX)) / MIB);
                }
            }
            fits.addSeries(fit);
        }
        NumberAxis x = new NumberAxis("calls (cumulative)");
        x.setAutoRangeIncludesZero(false);
        x.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        NumberAxis y = new NumberAxis("heap.retained (MiB)");
        y.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        double margin = Math.max((highMib - lowMib) * 0.08, 0.05);
        y.setRange(lowMib - margin, highMib + margin);
        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setDefaultSeriesVisibleInLegend(false);
        for (int i = 0; i < series.size(); i++) {
            Color colour = PALETTE[(i + 1) % PALETTE.length];
            marks.setSeriesPaint(i, colour);
            marks.setSeriesShape(i, SHAPES[i % SHAPES.length]);
            marks.setSeriesShapesFilled(i, false);
            marks.setSeriesStroke(i, new BasicStroke(1.3f));
            lines.setSeriesPaint(i, colour);
            float[] dash = DASHES[i % DASHES.length];
            lines.setSeriesStroke(i, dash == null ? new BasicStroke(1.5f)
                    : new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
        }
        XYPlot plot = new XYPlot(points, x, y, marks);
        plot.setDataset(1, fits);
        plot.setRenderer(1, lines);
        JFreeChart chart = chart(title, plot);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        return chart;
    }

    private static final double MIB = 1024 * 1024;

    private static double logSafe(double bytes) {
        return Math.max(bytes, LOG_FLOOR_BYTES);
    }

    private static Color kindColour(VariantKind kind) {
        return switch (kind) {
            case LEAKY -> LEAKY;
            case FIXED -> FIXED;
            case OTHER -> OTHER;
        };
    }

    private static Shape triangle(boolean down) {
        Path2D.Double p = new Path2D.Double();
        double s = down ? -1 : 1;
        p.moveTo(0, -4.5 * s);
        p.lineTo(4.5, 3.5 * s);
        p.lineTo(-4.5, 3.5 * s);
        p.closePath();
        return p;
    }

    private static Shape diamond() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -5);
        p.lineTo(5, 0);
        p.lineTo(0, 5);
        p.lineTo(-5, 0);
        p.closePath();
        return p;
    }

    /** A closed plus sign: an outline, so it can be drawn hollow or filled and shows in a legend. */
    private static Shape plus() {
        Path2D.Double p = new Path2D.Double();
        double a = 1.6;
        double b = 4.5;
        double[][] points = {{-a, -b}, {a, -b}, {a, -a}, {b, -a}, {b, a}, {a, a}, {a, b}, {-a, b}, {-a, a}, {-b, a},
            {-b, -a}, {-a, -a}};
        p.moveTo(points[0][0], points[0][1]);
        for (int i = 1; i < points.length; i++) {
            p.lineTo(points[i][0], points[i][1]);
        }
        p.closePath();
        return p;
    }

    /** Labels a log axis in bytes at powers of ten: 0.1 B, 1 B, 10 B, 1 KB, 10 KB, 1 MB (decimal units: 1 KB = 1000 B). */
    private static final class BytesFormat extends LabelFormat {
        private static final long serialVersionUID = 1L;

        @Override
        String label(double v) {
            String[] units = {"B", "KB", "MB", "GB"};
            int u = 0;
            double scaled = v;
            while (scaled >= 1000 && u < units.length - 1) {
                scaled /= 1000;
                u++;
            }
            return new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(scaled) + " " + units[u];
        }
    }

    /** An axis label format: only formatting, from a double. */
    private abstract static class LabelFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;

        abstract String label(double value);

        @Override
        public StringBuffer format(double value, StringBuffer to, FieldPosition pos) {
            return to.append(label(value));
        }

        @Override
        public StringBuffer format(long value, StringBuffer to, FieldPosition pos) {
            return format((double) value, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("labels only");
        }
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
    private static final class PercentileFormat extends LabelFormat {
        private static final long serialVersionUID = 1L;

        @Override
        String label(double x) {
            double percent = 100 * (1 - 1 / x);
            return new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(percent) + "%";
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
        // A view box so the chart scales down with its container on narrow screens instead of being cut off.
        return g2.getSVGElement(idPrefix + "svg", true, new org.jfree.svg.ViewBox(0, 0, width, height), null, null);
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
