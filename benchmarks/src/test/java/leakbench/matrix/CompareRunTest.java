package leakbench.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interleaved A/B runs end to end (child JVMs, JMH forks): the probe benchmark against a base jar made from the same
 * classes, so both sides are real JMH runs through {@code org.openjdk.jmh.Main}.
 */
class CompareRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String KEEP_LAST = MatrixRunTest.PROBE + ".probeKeepLast";

    @TempDir
    Path temp;

    @Test
    void everyForkIsRecordedWithItsSidePairAndPositionInBalancedOrder() throws Exception {
        Path base = TestJars.baseJar(temp, line -> !line.contains("probeKeepEverything"));
        Path out = temp.resolve("ab");

        int status = MatrixRunTest.run(MatrixRunTest.PROBE + ".(probeKeepLast|probeKeepEverything)$", "-wi", "0", "-i", "2",
                "-p", "mibPerOp=1,2", "-prof", "gc", "--compare-with", base.toString(), "--pairs", "4",
                "--out", out.toString());

        assertEquals(0, status);
        JsonNode run = JSON.readTree(out.resolve("run.json").toFile());
        assertEquals("complete", run.get("status").asText());
        assertEquals(4, run.get("compare").get("pairs").asInt());
        JsonNode units = run.get("units");
        assertEquals(4, units.size(), "2 benchmarks x 2 parameter sets");
        List<Integer> inBase = new ArrayList<>();
        for (JsonNode unit : units) {
            boolean keepLast = unit.get("benchmark").asText().equals(KEEP_LAST);
            assertEquals(keepLast, unit.get("inBase").asBoolean(), unit.toString());
            assertEquals(keepLast ? 4 : 0, unit.get("pairs").asInt(), unit.toString());
            if (keepLast) {
                inBase.add(unit.get("number").asInt());
            }
        }
        JsonNode forks = run.get("forks");
        assertEquals(2 * 4 * 2, forks.size(), "only the units the base has run: 2 units x 4 pairs x 2 sides");
        Instant previousEnd = Instant.EPOCH;
        List<String> orderOfFirstUnit = new ArrayList<>();
        for (int i = 0; i < forks.size(); i += 2) {
            JsonNode first = forks.get(i);
            JsonNode second = forks.get(i + 1);
            assertEquals(first.get("unit"), second.get("unit"));
            assertEquals(first.get("pair"), second.get("pair"));
            assertEquals(List.of(1, 2), List.of(first.get("position").asInt(), second.get("position").asInt()));
            assertTrue(!first.get("side").equals(second.get("side")), "a pair has one fork of each side");
            if (first.get("unit").asInt() == inBase.get(0)) {
                orderOfFirstUnit.add(first.get("side").asText().equals("base") ? "AB" : "BA");
            }
            for (JsonNode fork : List.of(first, second)) {
                assertEquals("ok", fork.get("outcome").asText(), fork.toString());
                Instant start = Instant.parse(fork.get("started").asText());
                assertTrue(!start.isBefore(previousEnd), "never two forks at once: " + fork);
                previousEnd = start.plusMillis((long) (fork.get("seconds").asDouble() * 1000) - 100);
            }
        }
        assertEquals(List.of("AB", "BA", "BA", "AB"), orderOfFirstUnit);

        for (String side : List.of("base", "candidate")) {
            JsonNode results = JSON.readTree(out.resolve(side).resolve("results.json").toFile());
            assertEquals(2, results.size(), side + ": one JMH entry per unit");
            for (JsonNode result : results) {
                assertEquals(KEEP_LAST, result.get("benchmark").asText());
                assertEquals(4, result.get("forks").asInt());
                assertEquals(4, result.get("primaryMetric").get("rawData").size(), "4 forks, one per pair");
                result.get("primaryMetric").get("rawData").forEach(f -> assertEquals(2, f.size()));
                assertEquals(4, result.get("secondaryMetrics").get("gc.alloc.rate.norm").get("rawData").size());
                assertTrue(result.get("primaryMetric").get("score").isNumber());
            }
        }
    }

    @Test
    void shardsOfAComparisonMergeIntoTheWholeComparison() throws Exception {
        Path base = TestJars.baseJar(temp, line -> true);
        String[] args = {KEEP_LAST, "-wi", "0", "-i", "1", "-p", "mibPerOp=1,2", "--compare-with", base.toString(),
            "--pairs", "2"};
        Path merged = MatrixRunTest.inTwoShardsMerged(temp, args, "compare");

        JsonNode run = JSON.readTree(merged.resolve("run.json").toFile());
        assertEquals(2, run.get("units").size(), "one unit per shard, both in the merge");
        assertEquals(8, run.get("forks").size());
        for (String side : List.of("base", "candidate")) {
            JsonNode results = JSON.readTree(merged.resolve(side).resolve("results.json").toFile());
            assertEquals(2, results.size());
            List<String> params = new ArrayList<>();
            results.forEach(r -> params.add(r.get("params").get("mibPerOp").asText()));
            assertEquals(List.of("1", "2"), params.stream().sorted().toList());
        }
    }
}
