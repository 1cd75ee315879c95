package leakbench.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the launcher (a real process) once its first cell has finished, and checks that the result set on
 * disk is whole and holds that cell. SIGKILL gives the launcher no chance to clean up, so only the atomic
 * rewrites keep the files whole; SIGTERM runs its shutdown hook, which also stops the cell's JVMs.
 */
class KilledRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @ParameterizedTest(name = "forcibly = {0}")
    @ValueSource(booleans = {true, false})
    void aKilledRunKeepsItsFinishedCells(boolean forcibly) throws Exception {
        Path out = temp.resolve("killed");
        Process launcher = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djmh.ignoreLock=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                MatrixRunTest.PROBE + ".probeKeepLast", "--gc", "serial,parallel,g1", "--quick", "-wi", "0", "-i", "8",
                "-p", "pauseMillis=250", "--out", out.toString()))
                .redirectErrorStream(true).redirectOutput(temp.resolve("launcher.log").toFile()).start();
        try {
            waitForAFinishedCell(out.resolve("run.json"), launcher);
            List<ProcessHandle> children = launcher.descendants().toList();
            if (forcibly) {
                launcher.destroyForcibly();
            } else {
                launcher.destroy();
            }
            launcher.waitFor(60, TimeUnit.SECONDS);
            if (!forcibly) {
                for (ProcessHandle child : children) {
                    child.onExit().get(60, TimeUnit.SECONDS);
                    assertFalse(child.isAlive(), "SIGTERM also ends the cell's JVMs");
                }
            }
        } finally {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }

        JsonNode run = JSON.readTree(out.resolve("run.json").toFile());
        JsonNode results = JSON.readTree(out.resolve("results.json").toFile());
        List<String> finished = new ArrayList<>();
        for (JsonNode cell : run.get("cells")) {
            if (cell.get("outcome").asText().equals("ok")) {
                finished.add(cell.get("collector").asText());
            }
        }
        assertTrue(finished.contains("serial"), "the first cell finished before the kill: " + run.get("cells"));
        assertTrue(finished.size() < 3, "the run was cut short: " + finished);
        assertTrue(results.isArray());
        assertEquals(finished.size(), results.size(), "results.json holds exactly the finished cells");
        assertTrue(MatrixRunTest.strings(results.get(0).get("jvmArgs")).contains("-XX:+UseSerialGC"));
        assertEquals(forcibly ? "running" : "interrupted", run.get("status").asText());
    }

    @ParameterizedTest(name = "forcibly = {0}")
    @ValueSource(booleans = {true, false})
    void aKilledComparisonKeepsItsFinishedPairs(boolean forcibly) throws Exception {
        Path base = TestJars.baseJar(temp, line -> true);
        Path out = temp.resolve("killed-compare");
        Process launcher = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djmh.ignoreLock=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                CompareRunTest.KEEP_LAST, "-wi", "0", "-i", "2", "-p", "pauseMillis=250",
                "--compare-with", base.toString(), "--pairs", "6", "--out", out.toString()))
                .redirectErrorStream(true).redirectOutput(temp.resolve("launcher.log").toFile()).start();
        try {
            waitForAFinishedPair(out.resolve("run.json"), launcher);
            if (forcibly) {
                launcher.destroyForcibly();
            } else {
                launcher.destroy();
            }
            launcher.waitFor(60, TimeUnit.SECONDS);
        } finally {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }

        JsonNode run = JSON.readTree(out.resolve("run.json").toFile());
        int pairs = run.get("units").get(0).get("pairs").asInt();
        assertTrue(pairs >= 1 && pairs < 6, "the run was cut short after a finished pair: " + run.get("units"));
        for (String side : List.of("base", "candidate")) {
            JsonNode results = JSON.readTree(out.resolve(side).resolve("results.json").toFile());
            assertEquals(1, results.size(), side);
            assertEquals(pairs, results.get(0).get("primaryMetric").get("rawData").size(),
                    side + " holds exactly the finished pairs, one fork each");
        }
        long okForks = 0;
        for (JsonNode fork : run.get("forks")) {
            okForks += fork.get("outcome").asText().equals("ok") ? 1 : 0;
        }
        assertTrue(okForks >= 2L * pairs && okForks <= 2L * pairs + 1, "run.json agrees: " + run.get("forks"));
        assertEquals(forcibly ? "running" : "interrupted", run.get("status").asText());
    }

    private static void waitForAFinishedPair(Path runJson, Process launcher) throws IOException, InterruptedException {
        // A liveness bound, not a timing assertion: on a machine with load 20 one fork took 50 s.
        for (int attempt = 0; attempt < 6000; attempt++) {
            if (!launcher.isAlive()) {
                throw new AssertionError("the launcher ended before it could be killed");
            }
            if (Files.exists(runJson) && JSON.readTree(runJson.toFile()).get("units").get(0).get("pairs").asInt() >= 1) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no pair finished within ten minutes");
    }

    private static void waitForAFinishedCell(Path runJson, Process launcher) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 6000; attempt++) {
            if (!launcher.isAlive()) {
                throw new AssertionError("the launcher ended before it could be killed");
            }
            if (Files.exists(runJson) && JSON.readTree(runJson.toFile()).get("cells").get(0).get("outcome").asText().equals("ok")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no cell finished within ten minutes");
    }
}
