package leakbench.analysis.read;

import static leakbench.analysis.TestFiles.corpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import leakbench.analysis.model.BenchmarkResult;
import leakbench.analysis.model.GcCell;
import leakbench.analysis.model.Metric;
import leakbench.analysis.model.Mode;
import leakbench.analysis.model.ResultSet;

/** Every real JMH result file of the corpus ({@code /work/shared/jmh-corpus}, see its SOURCES.md) reads. */
class JmhResultReaderCorpusTest {

    private final JmhResultReader reader = new JmhResultReader();

    @ParameterizedTest
    @CsvSource({
        "gordoncaleb__ChessAI__jmh-result.json, 14",
        "juddgaddie__jna-jni-time__build_reports_jmh_results.json, 4",
        "graylog-labs__java-compression-benchmarks__jmh_results.json, 37",
        "vietj__pg-client-concurrency-benchmark__jmh-result.json, 10",
        "tkrs__jmh-template__jmh-result_graalvm-ce-1.0.0-rc9-2.12.7.json, 54",
        "SuWenCheng__Performance-optimization__jmh-result.json, 1",
        "Netflix__hollow__jmh-result.json, 20",
        "marmartins__spikes__jmh-result.json, 8",
        "kcrypt__scala-blake3__jmh-result.intel.json, 24",
        "chrisgleissner__java-benchmarks__jmh-result-all.json, 232",
        "MykolaKoval__HSA_profiling__jmh-result.json, 10",
        "mariofusco__jmh-playground__jmh-result.json, 1"})
    void readsEveryCorpusFileWithRawDataMatchingTheScore(String file, int entries) throws Exception {
        ResultSet set = reader.read(corpus(file));

        assertEquals(entries, set.results().size());
        for (BenchmarkResult r : set.results()) {
            Metric primary = r.primary();
            double[] values = primary.finiteValues();
            assertTrue(values.length > 0, r.benchmark() + " has raw data");
            if (r.mode() != Mode.SAMPLE_TIME && Double.isFinite(primary.score())) {
                // JMH's score is the mean of the per-iteration values: the raw data was read in full.
                // (Sample mode weights iterations by their sample counts, so its mean differs.)
                double mean = java.util.Arrays.stream(values).average().orElseThrow();
                assertEquals(primary.score(), mean, Math.abs(primary.score()) * 1e-9, r.benchmark());
            }
        }
    }

    @Test
    void oldDotPrefixedMetricNamesAreNormalised() throws Exception {
        BenchmarkResult r = reader.read(corpus("juddgaddie__jna-jni-time__build_reports_jmh_results.json"))
                .results().get(0);

        assertTrue(r.secondary().containsKey("gc.alloc.rate.norm"), r.secondary().keySet().toString());
        assertEquals("B/op", r.secondary().get("gc.alloc.rate.norm").unit());
        assertEquals(Mode.SAMPLE_TIME, r.mode());
        assertEquals(10, r.primary().rawData().size(), "10 forks, per-iteration raw data");
        assertEquals("", r.settings().jmhVersion());
    }

    @Test
    void sampleModeHistogramGivesPerIterationMeans() throws Exception {
        BenchmarkResult r = reader.read(corpus("vietj__pg-client-concurrency-benchmark__jmh-result.json"))
                .results().get(0);

        assertEquals(2, r.primary().histogram().size());
        assertEquals(List.of(5, 5), r.primary().rawData().stream().map(List::size).toList());
        assertTrue(r.primary().finiteValues()[0] > 0);
        assertEquals("postgres://postgres:postgres@localhost:5432/postgres", r.params().get("connectUri"));
        assertEquals("SELECT NOW()", r.params().get("sql"));
        assertTrue(r.secondary().keySet().stream().anyMatch(n -> n.endsWith(":p0.99")), "percentile names use ':'");
    }

    @Test
    void forksZeroAndCarriageReturnsAreRead() throws Exception {
        ResultSet set = reader.read(corpus("marmartins__spikes__jmh-result.json"));

        assertEquals(Set.of(Mode.values()), set.results().stream().map(BenchmarkResult::mode).collect(Collectors.toSet()));
        assertEquals(0, set.results().get(0).settings().forks());
        assertEquals(1, set.results().get(0).primary().rawData().size());
    }

    @Test
    void groupMembersAreSecondaryMetricsAndHeapFlagsFormTheGcCell() throws Exception {
        List<BenchmarkResult> results = reader.read(corpus("chrisgleissner__java-benchmarks__jmh-result-all.json"))
                .results();
        BenchmarkResult group = results.stream().filter(r -> r.settings().threads() == 13).findFirst().orElseThrow();

        assertTrue(group.secondary().containsKey("ArrayBlockingQueueAdd"));
        assertEquals("ops/s", group.secondary().get("ArrayBlockingQueueAdd").unit());
        assertEquals(new GcCell("default", "4g", "4g", "", "21.0.3"), group.gcCell());
        assertEquals("21", group.gcCell().jdkFeature());
        assertEquals("com.github.chrisgleissner.benchmarks.concurrent", group.family());
    }

    @Test
    void collectorYoungSizeAndOldJdkVersionFormTheGcCell() throws Exception {
        BenchmarkResult r = reader.read(corpus("tkrs__jmh-template__jmh-result_graalvm-ce-1.0.0-rc9-2.12.7.json"))
                .results().get(0);

        assertEquals(new GcCell("G1", "2g", "2g", "1g", "1.8.0_192"), r.gcCell());
        assertEquals("8", r.gcCell().jdkFeature());
        assertEquals("GraalVM 1.0.0-rc9", r.settings().vmName());
    }

    @Test
    void missingFieldsOfOldJmhAreEmptyNotErrors() throws Exception {
        BenchmarkResult chess = reader.read(corpus("gordoncaleb__ChessAI__jmh-result.json")).results().get(0);
        BenchmarkResult graylog = reader.read(corpus("graylog-labs__java-compression-benchmarks__jmh_results.json"))
                .results().get(0);

        assertEquals("", chess.settings().jmhVersion());
        assertEquals("", chess.gcCell().jdkVersion());
        assertEquals(List.of(), chess.settings().jvmArgs());
        assertEquals(-1, chess.settings().measurementBatchSize());
        assertEquals(3, chess.primary().rawData().size());
        assertEquals(Map.of("perftNum", "0"), chess.params());
        assertEquals("", graylog.settings().vmName());
        assertEquals("1.19", graylog.settings().jmhVersion());
        assertTrue(graylog.params().isEmpty());
    }

    @Test
    void nanStringsAndEmptyRawDataAreKept() throws Exception {
        BenchmarkResult fusco = reader.read(corpus("mariofusco__jmh-playground__jmh-result.json")).results().get(0);
        BenchmarkResult su = reader.read(corpus("SuWenCheng__Performance-optimization__jmh-result.json"))
                .results().get(0);

        Metric asm = fusco.secondary().get("asm");
        assertTrue(Double.isNaN(asm.score()));
        assertEquals(0, asm.finiteValues().length);
        assertEquals(2, asm.rawData().size());
        assertTrue(Double.isNaN(su.primary().scoreError()));
        assertEquals(Mode.SINGLE_SHOT_TIME, su.mode());
    }

    @Test
    void infinityStringsAreRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("inf.json");
        Files.writeString(file, "[{\"benchmark\":\"a.B.c\",\"mode\":\"thrpt\",\"primaryMetric\":{\"score\":\"+INF\","
                + "\"scoreError\":\"NaN\",\"scoreUnit\":\"ops/s\",\"rawData\":[[\"+INF\",\"-INF\",1.5]]}}]");

        Metric m = reader.read(file).results().get(0).primary();

        assertEquals(Double.POSITIVE_INFINITY, m.score());
        assertEquals(List.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.5), m.rawData().get(0));
        assertEquals(1, m.finiteValues().length);
    }

    @Test
    void aDirectoryIsReadThroughItsResultsJson(@TempDir Path dir) throws IOException, InvalidResultsException {
        Files.copy(corpus("MykolaKoval__HSA_profiling__jmh-result.json"), dir.resolve("results.json"));

        ResultSet set = reader.read(dir);

        assertEquals(dir.resolve("results.json"), set.source());
        assertFalse(set.results().get(0).secondary().get("gc.alloc.rate.norm").rawData().isEmpty());
    }
}
