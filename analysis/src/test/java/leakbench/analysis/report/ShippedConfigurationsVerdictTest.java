package leakbench.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import leakbench.analysis.model.ResultSet;
import leakbench.analysis.read.JmhResultReader;

/**
 * Verdicts must not depend on the run length a user picks: the scenarios whose verdict was once wrong (a bounded
 * cache still filling during measurement, a Cleaner backlog, a registry that keeps what it is given, a weak
 * registry whose table doubled inside a {@code --quick} run) are run with
 * the suite's launcher under each configuration the project ships: the default run, {@code --quick}, and the
 * pull-request workflow's options ({@code --quick -f 2 -i 5 -r 500ms} with both profilers and {@code -prof gc},
 * G1). The report's own verdict must be LEAK for every {@code leaky*} variant and BOUNDED for every
 * {@code fixed*} one. Runs the benchmarks jar the reactor built before this module.
 *
 * <p>It runs the real benchmarks three times (82 to 93 s in all on a quiet 2-core machine, the default run's
 * 60-step bathtub the longest), so it is switched on explicitly:
 * {@code mvn -B verify -Dtest=ShippedConfigurationsVerdictTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dleakbench.verdictRuns=true}.
 */
@EnabledIfSystemProperty(named = "leakbench.verdictRuns", matches = "true")
class ShippedConfigurationsVerdictTest {

    static final String SCENARIOS = "leakbench\\.(finalizers\\.CleanerCaptureBenchmark|gc\\.FillingBathtubBenchmark"
            + "|finalizers\\.ParentPointerBenchmark|listeners\\.WeakListenerPurgeBenchmark)\\.(leaky|fixed)[A-Za-z]*$";
    static final List<String> WORKFLOW = List.of("--quick", "-f", "2", "-i", "5", "-r", "500ms", "-prof", "gc",
            "-prof", "leakbench.profile.GcPauseProfiler", "-prof", "leakbench.profile.HeapGrowthProfiler");

    static Stream<Arguments> configurations() {
        return Stream.of(
                Arguments.of("default", List.of("-prof", "leakbench.profile.HeapGrowthProfiler")),
                Arguments.of("quick", List.of("--quick", "-prof", "leakbench.profile.HeapGrowthProfiler")),
                Arguments.of("workflow", WORKFLOW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void leakyLeaksAndFixedIsBounded(String name, List<String> options, @TempDir Path out) throws Exception {
        Path jar = Path.of("..", "benchmarks", "target", "benchmarks.jar");
        assertTrue(Files.isRegularFile(jar), "build the benchmarks module first (mvn verify from the root): " + jar);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djmh.ignoreLock=true", "-jar", jar.toString(), SCENARIOS));
        command.addAll(options);
        command.addAll(List.of("--gc", "g1", "--out", out.toString()));
        Path log = out.resolve("launcher.log");
        Process launcher = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(launcher.waitFor(40, TimeUnit.MINUTES), "the " + name + " run did not end");
        assertEquals(0, launcher.exitValue(), "the " + name + " run failed: " + tail(log));

        ResultSet set = new JmhResultReader().read(out.resolve("results.json"));
        Report report = ReportBuilder.build(set);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (GrowthRow g : report.growth()) {
            Verdict expected = switch (g.variant().kind()) {
                case LEAKY -> Verdict.LEAK;
                case FIXED -> Verdict.BOUNDED;
                default -> null;
            };
            if (expected == null) {
                continue;
            }
            checked++;
            if (g.verdict() != expected) {
                wrong.add(g.variant().scenarioSimpleName() + "." + g.variant().method() + ": " + g.verdict() + " "
                        + g.bytesPerCall() + " B/call [" + g.low() + ", " + g.high() + "], floor "
                        + g.floorBytesPerCall());
            }
        }
        assertEquals(9, checked, "5 leaky and 4 fixed variants in the " + name + " run");
        assertTrue(wrong.isEmpty(), name + ": " + String.join("; ", wrong));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
