package leakbench.analysis.compare;

import static leakbench.analysis.JmhJson.around;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import leakbench.analysis.JmhJson;
import leakbench.analysis.model.ResultSet;
import leakbench.analysis.read.JmhResultReader;

class ComparerTest {

    @TempDir
    Path dir;

    private final Comparer comparer = new Comparer(CompareSettings.defaults());

    @Test
    void resultsAreMatchedByBenchmarkModeParamsAndGcCell() throws Exception {
        JmhJson base = new JmhJson();
        base.add("leakbench.caches.A.leaky", "avgt", "ns/op", around(100, 1, 5), around(100, 1, 5))
                .params(Map.of("size", "10"));
        base.add("leakbench.caches.A.leaky", "avgt", "ns/op", around(100, 1, 5), around(100, 1, 5))
                .params(Map.of("size", "10")).jvmArgs("-XX:+UseZGC", "-Xmx512m");
        base.add("leakbench.caches.A.gone", "avgt", "ns/op", around(100, 1, 5));
        JmhJson candidate = new JmhJson();
        candidate.add("leakbench.caches.A.leaky", "avgt", "ns/op", around(100, 1, 5), around(100, 1, 5))
                .params(Map.of("size", "10"));
        candidate.add("leakbench.caches.A.leaky", "avgt", "ns/op", around(130, 1, 5), around(130, 1, 5))
                .params(Map.of("size", "10")).jvmArgs("-XX:+UseZGC", "-Xmx512m");
        candidate.add("leakbench.caches.A.leaky", "avgt", "ns/op", around(100, 1, 5))
                .params(Map.of("size", "20"));

        Comparison c = comparer.compare(read(base, "base.json"), read(candidate, "candidate.json"));

        assertEquals(2, c.results().size());
        assertEquals(List.of("G1 -Xmx512m JDK 17", "ZGC -Xmx512m JDK 17"),
                c.results().stream().map(r -> r.key().cellLabel()).toList());
        assertEquals(Verdict.UNCHANGED, c.results().get(0).metrics().get(0).verdict());
        assertEquals(Verdict.REGRESSED, c.results().get(1).metrics().get(0).verdict());
        assertEquals("leakbench.caches.A.gone", c.removed().get(0).benchmark());
        assertEquals(Map.of("size", "20"), c.added().get(0).params());
        assertTrue(c.hasRegression());
    }

    @Test
    void environmentDifferencesAreReported() throws Exception {
        JmhJson base = new JmhJson();
        base.add("a.B.c", "thrpt", "ops/s", around(100, 1, 5)).jdk("17.0.15");
        JmhJson candidate = new JmhJson();
        candidate.add("a.B.c", "thrpt", "ops/s", around(100, 1, 5)).jdk("17.0.16")
                .jvmArgs("-XX:+UseG1GC", "-Xmx512m", "-XX:+AlwaysPreTouch");

        Comparison c = comparer.compare(read(base, "base.json"), read(candidate, "candidate.json"));

        assertEquals(1, c.results().size(), "an update release is the same JDK 17 cell");
        assertEquals(List.of("JDK", "JVM arguments"), c.environment().stream().map(EnvironmentDifference::aspect).toList());
        assertEquals(List.of("17.0.16"), c.environment().get(0).candidate());
    }

    @Test
    void machinesFromRunJsonAreCompared() throws Exception {
        JmhJson json = new JmhJson();
        json.add("a.B.c", "thrpt", "ops/s", around(100, 1, 5));
        java.nio.file.Files.createDirectories(dir.resolve("base"));
        java.nio.file.Files.createDirectories(dir.resolve("candidate"));
        json.write(dir.resolve("base/results.json"));
        json.write(dir.resolve("candidate/results.json"));
        java.nio.file.Files.writeString(dir.resolve("base/run.json"), "{\"machine\": {\"cores\": 2, \"arch\": \"amd64\"}}");
        java.nio.file.Files.writeString(dir.resolve("candidate/run.json"), "{\"machine\": {\"cores\": 4, \"arch\": \"amd64\"}}");
        JmhResultReader reader = new JmhResultReader();

        Comparison c = comparer.compare(reader.read(dir.resolve("base")), reader.read(dir.resolve("candidate")));

        assertEquals(List.of(new EnvironmentDifference("cores", List.of("2"), List.of("4"))), c.environment());
    }

    @Test
    void familiesGetTheGeometricMeanOfRatios() throws Exception {
        JmhJson base = new JmhJson();
        base.add("leakbench.caches.A.x", "avgt", "ns/op", around(100, 1, 5), around(101, 1, 5));
        base.add("leakbench.caches.A.y", "avgt", "ns/op", around(100, 1, 5), around(101, 1, 5));
        base.add("leakbench.gc.B.z", "avgt", "ns/op", around(100, 1, 5), around(101, 1, 5));
        JmhJson candidate = new JmhJson();
        candidate.add("leakbench.caches.A.x", "avgt", "ns/op", around(200, 2, 5), around(202, 2, 5));
        candidate.add("leakbench.caches.A.y", "avgt", "ns/op", around(50, 0.5, 5), around(50.5, 0.5, 5));
        candidate.add("leakbench.gc.B.z", "avgt", "ns/op", around(110, 1.1, 5), around(111.1, 1.1, 5));

        List<FamilySummary> families = comparer.compare(read(base, "b.json"), read(candidate, "c.json")).families();

        assertEquals(List.of("caches", "gc"), families.stream().map(FamilySummary::family).toList());
        assertEquals(1.0, families.get(0).geometricMean(), 1e-9, "a halving and a doubling cancel");
        assertEquals(1.1, families.get(1).geometricMean(), 1e-9);
    }

    @Test
    void twoResultsWithOneIdentityCannotBePaired() throws Exception {
        JmhJson base = new JmhJson();
        base.add("a.B.c", "avgt", "ns/op", around(100, 1, 5));
        base.add("a.B.c", "avgt", "ns/op", around(100, 1, 5));

        ResultSet twice = read(base, "base.json");
        DuplicateResultException e = assertThrows(DuplicateResultException.class, () -> comparer.compare(twice, twice));
        assertTrue(e.getMessage().contains("same identity"), e.getMessage());
    }

    private ResultSet read(JmhJson json, String name) throws Exception {
        return new JmhResultReader().read(json.write(dir.resolve(name)));
    }
}
