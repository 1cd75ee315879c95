package leakbench.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The fork-level tests against values worked out by hand (t tables), and Holm's adjustment. */
class ForkTestAndHolmTest {

    @Test
    void pairedTOnLogRatios() {
        double[] base = {100, 200, 50};
        double[] candidate = {100 * Math.exp(0.1), 200 * Math.exp(0.2), 50 * Math.exp(0.3)};

        ForkTest.Result r = ForkTest.paired(base, candidate);

        // log ratios 0.1, 0.2, 0.3: mean 0.2, sd 0.1, t = 3.464 on 2 df, two-sided p = 0.0742; t(0.975, 2) = 4.303.
        assertEquals(3, r.n());
        assertEquals(Math.exp(0.2), r.ratio(), 1e-9);
        assertEquals(0.0742, r.p(), 0.0005);
        assertEquals(Math.exp(0.2 - 4.303 * 0.1 / Math.sqrt(3)), r.ciLow(), 1e-3);
        assertEquals(Math.exp(0.2 + 4.303 * 0.1 / Math.sqrt(3)), r.ciHigh(), 1e-3);
    }

    @Test
    void welchOnLogForkValues() {
        double[] base = {Math.exp(1), Math.exp(2), Math.exp(3)};
        double[] candidate = {Math.exp(2), Math.exp(3), Math.exp(4), Math.exp(5)};

        ForkTest.Result r = ForkTest.unpaired(base, candidate);

        // logs: means 2 and 3.5, variances 1 and 5/3; se^2 = 1/3 + 5/12 = 0.75; t = 1.732;
        // Welch df = 0.5625 / ((1/9)/2 + (25/144)/3) = 4.95; two-sided p = 0.1444.
        assertEquals(Math.exp(1.5), r.ratio(), 1e-9);
        assertEquals(0.144, r.p(), 0.002);
        assertTrue(r.ciLow() < 1 && r.ciHigh() > 1);
    }

    @Test
    void fewerThanTwoObservationsGiveNoTest() {
        assertEquals(0, ForkTest.paired(new double[] {1, Double.NaN}, new double[] {2, 3}).n());
        assertTrue(Double.isNaN(ForkTest.unpaired(new double[] {1}, new double[] {2, 3}).p()));
    }

    @Test
    void holmStepsDownAndKeepsTheOrderMonotone() {
        double[] adjusted = Holm.adjust(new double[] {0.01, 0.04, 0.03, Double.NaN});

        // m = 3 tests: 0.01 x 3 = 0.03; 0.03 x 2 = 0.06; 0.04 x 1 = 0.04, raised to 0.06 to stay monotone.
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, Double.NaN}, adjusted, 1e-12);
    }
}
