package leakbench.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RankSumTestTest {

    @Test
    void exactPValueOfCompletelySeparatedSamples() {
        // Two-sided exact p = 2 / C(10, 5) = 2 / 252, as scipy.stats.mannwhitneyu(method="exact") gives.
        double p = RankSumTest.pValue(new double[] {1, 2, 3, 4, 5}, new double[] {6, 7, 8, 9, 10});
        assertEquals(2.0 / 252, p, 1e-12);
    }

    @Test
    void exactPValueOfInterleavedSamples() {
        // U = 10 for x = {1,3,5,7,9}, y = {2,4,6,8,10}: p = 2 P(U <= 10) = 2 x 87 / 252 (scipy's exact method).
        double p = RankSumTest.pValue(new double[] {1, 3, 5, 7, 9}, new double[] {2, 4, 6, 8, 10});
        assertEquals(2 * 87.0 / 252, p, 1e-12);
    }

    @Test
    void tiesUseTheTieCorrectedNormalApproximation() {
        // Ranks 1.5,1.5,3.5 | 3.5,5.5,5.5: U = 0.5, var = 9/12 (7 - 18/30) = 4.8, z = (4 - 0.5) / sqrt(4.8) = 1.5975,
        // p = 2 (1 - Phi(1.5975)) = 0.11015.
        double p = RankSumTest.pValue(new double[] {1, 1, 2}, new double[] {2, 3, 3});
        assertEquals(0.11015, p, 1e-5);
    }

    @Test
    void identicalConstantSamplesShowNoDifference() {
        assertEquals(1.0, RankSumTest.pValue(new double[] {8, 8, 8}, new double[] {8, 8, 8}));
    }

    @Test
    void separatedConstantSamplesAreSignificantWithEnoughIterations() {
        double[] base = new double[10];
        double[] candidate = new double[10];
        java.util.Arrays.fill(base, 100);
        java.util.Arrays.fill(candidate, 124);
        assertTrue(RankSumTest.pValue(base, candidate) < 0.001);
    }

    @Test
    void symmetricInItsArguments() {
        double[] x = {3.1, 2.7, 3.3, 2.9, 3.0, 3.5};
        double[] y = {3.4, 3.6, 3.2, 3.9, 3.8};
        assertEquals(RankSumTest.pValue(x, y), RankSumTest.pValue(y, x), 1e-15);
    }
}
