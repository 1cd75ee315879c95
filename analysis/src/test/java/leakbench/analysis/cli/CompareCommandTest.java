package leakbench.analysis.cli;

import static leakbench.analysis.JmhJson.around;
import static leakbench.analysis.TestFiles.corpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import leakbench.analysis.JmhJson;
import leakbench.analysis.render.MarkdownRenderer;

class CompareCommandTest {

    @TempDir
    Path dir;

    @Test
    void aRegressionExitsOneOnlyWithFailOnRegression() {
        Path base = write("base.json", 100);
        Path candidate = write("candidate.json", 130);

        CliRun plain = CliRun.of("compare", base.toString(), candidate.toString());
        CliRun gated = CliRun.of("compare", base.toString(), candidate.toString(), "--fail-on-regression");

        assertEquals(ExitCode.OK.status(), plain.status());
        assertTrue(plain.out().startsWith(MarkdownRenderer.MARKER), plain.out());
        assertTrue(plain.out().contains("1 regressed"), plain.out());
        assertEquals(ExitCode.REGRESSION.status(), gated.status());
        assertEquals("", gated.err());
    }

    @Test
    void realFixturesGateAsExpected() {
        String fixtures = leakbench.analysis.TestFiles.resource("fixtures").toString();
        CliRun aa = CliRun.of("compare", fixtures + "/aa/base", fixtures + "/aa/candidate", "--fail-on-regression");
        CliRun ab = CliRun.of("compare", fixtures + "/ab/base", fixtures + "/ab/candidate", "--fail-on-regression");

        assertEquals(ExitCode.OK.status(), aa.status(), aa.out());
        assertEquals(ExitCode.OK.status(), ab.status(), "two forks of separate runs cannot prove the slowdown: " + ab.out());
        assertTrue(ab.out().contains("Base and candidate are separate runs"), ab.out());
    }

    @Test
    void noRegressionExitsZeroEvenWithFailOnRegression() {
        Path base = write("base.json", 100);
        CliRun run = CliRun.of("compare", base.toString(), write("same.json", 100).toString(), "--fail-on-regression");
        assertEquals(0, run.status(), run.err());
    }

    @Test
    void aHigherThresholdTurnsTheRegressionIntoNoise() {
        CliRun run = CliRun.of("compare", write("b.json", 100).toString(), write("c.json", 130).toString(),
                "--threshold", "40%", "--fail-on-regression", "--format", "text");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("within noise"), run.out());
    }

    @Test
    void jsonAndTextFormats() {
        Path b = write("b.json", 100);
        Path c = write("c.json", 130);
        assertTrue(CliRun.of("compare", b.toString(), c.toString(), "--format", "json").out()
                .contains("\"regressed\" : 1"));
        assertTrue(CliRun.of("compare", b.toString(), c.toString(), "--format", "text").out()
                .startsWith("leakbench compare: 1 regressed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "gordoncaleb__ChessAI__jmh-result.json",
        "juddgaddie__jna-jni-time__build_reports_jmh_results.json",
        "graylog-labs__java-compression-benchmarks__jmh_results.json",
        "vietj__pg-client-concurrency-benchmark__jmh-result.json",
        "tkrs__jmh-template__jmh-result_graalvm-ce-1.0.0-rc9-2.12.7.json",
        "SuWenCheng__Performance-optimization__jmh-result.json",
        "Netflix__hollow__jmh-result.json",
        "marmartins__spikes__jmh-result.json",
        "kcrypt__scala-blake3__jmh-result.intel.json",
        "chrisgleissner__java-benchmarks__jmh-result-all.json",
        "MykolaKoval__HSA_profiling__jmh-result.json",
        "mariofusco__jmh-playground__jmh-result.json"})
    void everyCorpusFileComparedWithItselfHasNoChange(String file) {
        String path = corpus(file).toString();
        CliRun run = CliRun.of("compare", path, path, "--fail-on-regression", "--format", "json");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("\"regressed\" : 0") && run.out().contains("\"improved\" : 0")
                && run.out().contains("\"within noise\" : 0"), run.out());
    }

    @Test
    void badInputExitsTwoWithOneLineAndNoOutput() throws IOException {
        Path good = write("good.json", 100);
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        Path truncated = Files.writeString(dir.resolve("truncated.json"), Files.readString(good).substring(0, 120));
        Path notJmh = Files.writeString(dir.resolve("package.json"), "{\"name\": \"x\"}");
        Path binary = Files.write(dir.resolve("a.bin"), new byte[] {0x7f, 'E', 'L', 'F', 0, 1, 2});

        for (Path bad : new Path[] {dir.resolve("missing.json"), empty, truncated, notJmh, binary, dir}) {
            CliRun run = CliRun.of("compare", good.toString(), bad.toString());
            assertEquals(ExitCode.BAD_INPUT.status(), run.status(), bad + ": " + run.err());
            assertEquals("", run.out(), "nothing on stdout for " + bad);
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("error: " + bad), run.err());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--threshold=abc", "--threshold=-5%", "--alpha=0", "--alpha=2", "--format=html",
        "--metrics="})
    void badOptionsExitTwo(String option) {
        Path base = write("base.json", 100);
        CliRun run = CliRun.of("compare", base.toString(), base.toString(), option);
        assertEquals(ExitCode.BAD_INPUT.status(), run.status(), run.err());
        assertEquals("", run.out());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void missingArgumentsAndNoCommandExitTwo() {
        assertEquals(2, CliRun.of("compare", "only-one.json").status());
        assertEquals(2, CliRun.of().status());
        assertEquals(2, CliRun.of("nonsense").status());
        assertEquals(0, CliRun.of("compare", "--help").status());
    }

    @Test
    void anInterleavedRunIsComparedPairByPairAndSeparateRunsAreNot() throws IOException {
        // Eight pairs whose level the machine's load moves (100 to 200 ns), the candidate 10% slower in each pair.
        double[] levels = {100, 150, 120, 200, 110, 170, 130, 160};
        JmhJson base = new JmhJson();
        JmhJson candidate = new JmhJson();
        double[][] b = new double[levels.length][];
        double[][] c = new double[levels.length][];
        for (int k = 0; k < levels.length; k++) {
            b[k] = around(levels[k], 0.5, 3);
            c[k] = around(levels[k] * (k % 2 == 0 ? 1.099 : 1.101), 0.5, 3);
        }
        base.add("leakbench.listeners.D.dispatch", "avgt", "ns/op", b);
        candidate.add("leakbench.listeners.D.dispatch", "avgt", "ns/op", c);
        Path run = Files.createDirectories(dir.resolve("interleaved"));
        base.write(Files.createDirectories(run.resolve("base")).resolve("results.json"));
        candidate.write(Files.createDirectories(run.resolve("candidate")).resolve("results.json"));
        Files.writeString(run.resolve("run.json"), "{\"tool\": \"leakbench compare\", \"compare\": {\"pairs\": 8},"
                + " \"forks\": [], \"units\": [], \"machine\": {\"cores\": 2}}");
        Path separate = Files.createDirectories(dir.resolve("separate"));
        base.write(Files.createDirectories(separate.resolve("base")).resolve("results.json"));
        candidate.write(Files.createDirectories(separate.resolve("candidate")).resolve("results.json"));

        CliRun paired = CliRun.of("compare", run.resolve("base").toString(), run.resolve("candidate").toString(),
                "--fail-on-regression");
        CliRun unpaired = CliRun.of("compare", separate.resolve("base").toString(), separate.resolve("candidate").toString(),
                "--fail-on-regression");

        assertEquals(ExitCode.REGRESSION.status(), paired.status(), paired.out());
        assertTrue(paired.out().contains("+10.0% [+9."), paired.out());
        assertTrue(paired.out().contains("Interleaved run: pair k of the base against pair k"), paired.out());
        assertFalse(paired.out().contains("separate runs"), paired.out());
        assertEquals(ExitCode.OK.status(), unpaired.status(), "the load's spread hides the change: " + unpaired.out());
        assertTrue(unpaired.out().contains("Base and candidate are separate runs"), unpaired.out());
    }

    private Path write(String name, double centre) {
        JmhJson json = new JmhJson();
        json.add("leakbench.caches.A.leaky", "avgt", "ns/op", around(centre, 1, 5), around(centre, 1, 5));
        return json.write(dir.resolve(name));
    }
}
