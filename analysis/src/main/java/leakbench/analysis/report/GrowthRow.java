package leakbench.analysis.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import leakbench.analysis.model.GcCell;

/**
 * The growth of one variant in one GC cell.
 *
 * @param variant             scenario, method and params
 * @param cell                the GC cell
 * @param method              how bytes per call were estimated ({@link #REGRESSION} or {@link #NORM_MEAN}), or
 *                            empty when they could not be
 * @param bytesPerCall        retained bytes per call; NaN when not estimated
 * @param low                 lower end of its 95% confidence interval; NaN when not estimated
 * @param high                upper end
 * @param measurements        measurements the estimate rests on
 * @param verdict             see {@link Verdict#RULE}
 * @param reason              why the estimate is missing; empty otherwise
 * @param floorBytesPerCall   the verdict's noise floor for this result, see {@link Verdict#RULE}
 * @param heapBytes           the cell's maximum heap; -1 when the cell does not set one
 * @param lastRetainedBytes   {@code heap.retained} after the last iteration (mean over forks); NaN when unknown
 * @param callsToExhaustion   for LEAK, calls until the heap is full at this rate; NaN otherwise or when unknown
 * @param secondsToExhaustion the same at the measured speed
 * @param flag                a surprise: a {@code leaky*} variant that did not leak or a {@code fixed*} one that did
 * @param points              the measurements: per point {@code [calls, heap.retained bytes]}, all forks (for
 *                            the charts; left out of report.json, since results.json has them)
 */
public record GrowthRow(Variant variant, GcCell cell, String method, double bytesPerCall, double low, double high,
                        int measurements, Verdict verdict, String reason, double floorBytesPerCall, long heapBytes,
                        double lastRetainedBytes,
                        double callsToExhaustion, double secondsToExhaustion, String flag,
                        @JsonIgnore List<double[]> points) {

    public static final String REGRESSION = "regression of heap.retained on calls";
    public static final String NORM_MEAN = "mean of heap.retained.norm per call";

    public GrowthRow {
        points = List.copyOf(points);
    }
}
