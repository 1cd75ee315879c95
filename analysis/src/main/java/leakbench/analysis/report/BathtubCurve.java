package leakbench.analysis.report;

import java.util.List;

/**
 * A filling-bathtub cell from its log: the steps it completed and where it died.
 *
 * @param label      the cell's label from run.json
 * @param collector  the cell's collector as run.json names it
 * @param heapBytes  the cell's {@code -Xmx}
 * @param outcome    the cell's outcome ({@code out-of-memory} when the tub overflowed)
 * @param diedAt     the measurement iteration that did not finish; 0 when it finished
 * @param steps      the completed measurement steps, in order
 */
public record BathtubCurve(String label, String collector, long heapBytes, String outcome, int diedAt,
                           List<BathtubStep> steps) {
    public BathtubCurve {
        steps = List.copyOf(steps);
    }
}
