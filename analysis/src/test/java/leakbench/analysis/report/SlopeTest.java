package leakbench.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SlopeTest {

    @Test
    void exactLineGivesItsSlopeWithZeroWidthInterval() {
        Slope s = Slope.commonSlope(List.of(new Slope.Series(new double[] {1, 2, 3, 4}, new double[] {13, 16, 19, 22})))
                .orElseThrow();
        assertEquals(3.0, s.estimate(), 1e-12);
        assertEquals(3.0, s.low(), 1e-9);
        assertEquals(3.0, s.high(), 1e-9);
        assertEquals(4, s.points());
    }

    @Test
    void eachForkHasItsOwnInterceptSoDifferentStartingHeapsDoNotFakeASlope() {
        // Two forks, flat within each, but fork 2 starts higher and runs at larger x: pooled OLS would see growth.
        Slope s = Slope.commonSlope(List.of(
                new Slope.Series(new double[] {1, 2, 3}, new double[] {100, 101, 99}),
                new Slope.Series(new double[] {4, 5, 6}, new double[] {500, 499, 501}))).orElseThrow();
        assertEquals(0.0, s.estimate(), 1e-12);
        assertTrue(s.low() < 0 && s.high() > 0, "interval around zero: " + s);
    }

    @Test
    void intervalMatchesTheTextbookFormula() {
        // y = 2x + e, e = (+1, +1, -1, -1): slope 2 - 4/5 = 1.2; residuals (-0.2, 0.6, -0.6, 0.2), SSE = 0.8;
        // df = 2; standard error sqrt(0.8 / 2 / 5).
        Slope s = Slope.commonSlope(List.of(new Slope.Series(new double[] {1, 2, 3, 4}, new double[] {3, 5, 5, 7})))
                .orElseThrow();
        assertEquals(1.2, s.estimate(), 1e-12);
        double halfWidth = 4.302652729911275 * Math.sqrt(0.8 / 2 / 5); // t(0.975, 2)
        assertEquals(1.2 - halfWidth, s.low(), 1e-9);
        assertEquals(1.2 + halfWidth, s.high(), 1e-9);
    }

    @Test
    void tooFewPointsGiveNoSlope() {
        assertTrue(Slope.commonSlope(List.of(new Slope.Series(new double[] {1, 2}, new double[] {1, 5}))).isEmpty());
        assertTrue(Slope.commonSlope(List.of(new Slope.Series(new double[] {1}, new double[] {1}),
                new Slope.Series(new double[] {2}, new double[] {9}))).isEmpty());
        assertTrue(Slope.commonSlope(List.of(new Slope.Series(new double[] {2, 2, 2}, new double[] {1, 2, 3})))
                .isEmpty());
        assertTrue(Slope.mean(new double[] {4}).isEmpty());
    }

    @Test
    void meanIntervalIsStudentT() {
        Slope m = Slope.mean(new double[] {1, 2, 3}).orElseThrow();
        assertEquals(2, m.estimate(), 1e-12);
        assertEquals(2 - 4.302652729911275 / Math.sqrt(3), m.low(), 1e-9);
    }
}
