package leakbench.analysis.compare;

import static leakbench.analysis.TestFiles.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import leakbench.analysis.model.Metric;
import leakbench.analysis.read.JmhResultReader;

/**
 * The compare defaults on REAL runs of the suite (see {@code src/test/resources/fixtures/README.md}): two runs of
 * the same code, and a run with a 25% slowdown injected into one benchmark.
 */
class FixtureHonestyTest {

    private final JmhResultReader reader = new JmhResultReader();
    private final Comparer comparer = new Comparer(CompareSettings.defaults());

    @Test
    void twoRunsOfTheSameCodeShowNoRegression() throws Exception {
        Comparison aa = compare("aa");

        assertEquals(6, aa.results().size());
        assertEquals(List.of(), flagged(aa, Verdict.REGRESSED));
    }

    @Test
    void twoForksOfSeparateRunsShowTheInjectedSlowdownButCannotProveIt() throws Exception {
        Comparison ab = compare("ab");

        assertEquals(6, ab.results().size());
        MetricComparison intArray = ab.results().stream()
                .filter(r -> r.key().benchmark().equals("leakbench.allocation.BoxingBenchmark.intArray"))
                .flatMap(r -> r.metrics().stream()).filter(m -> m.metric().equals(Metric.PRIMARY)).findFirst().orElseThrow();
        assertTrue(intArray.ratio() > 1.4, "the slowdown (and the load the slowed run met) shows: " + intArray.ratio());
        assertTrue(intArray.pAdjusted() > 0.01, "but two forks a side, Holm over 12 tests, prove nothing: "
                + intArray.pAdjusted());
        assertEquals(List.of(), flagged(ab, Verdict.REGRESSED));
        assertEquals(false, ab.paired(), "separate runs");
    }

    private Comparison compare(String pair) throws Exception {
        return comparer.compare(reader.read(resource("fixtures/" + pair + "/base")),
                reader.read(resource("fixtures/" + pair + "/candidate")));
    }

    /** "benchmark metric" of every metric comparison with the verdict. */
    static List<String> flagged(Comparison c, Verdict verdict) {
        return c.results().stream()
                .flatMap(r -> r.metrics().stream().filter(m -> m.verdict() == verdict)
                        .map(m -> r.key().benchmark() + " " + m.metric()))
                .toList();
    }
}
