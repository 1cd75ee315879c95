package leakbench.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import leakbench.analysis.model.BenchmarkResult;
import leakbench.analysis.model.ResultSet;
import leakbench.analysis.model.RunSettings;

/** Finds the aspects of the run environment whose values differ between two result sets. */
final class EnvironmentDiff {

    private static final Map<String, Function<RunSettings, String>> ASPECTS = aspects();

    private EnvironmentDiff() {
    }

    private static Map<String, Function<RunSettings, String>> aspects() {
        Map<String, Function<RunSettings, String>> aspects = new java.util.LinkedHashMap<>();
        aspects.put("JDK", RunSettings::jdkVersion);
        aspects.put("VM", s -> (s.vmName() + " " + s.vmVersion()).trim());
        aspects.put("JMH version", RunSettings::jmhVersion);
        aspects.put("JVM arguments", s -> String.join(" ", s.jvmArgs()));
        aspects.put("threads", s -> String.valueOf(s.threads()));
        aspects.put("forks", s -> String.valueOf(s.forks()));
        aspects.put("warmup", s -> s.warmupIterations() + " x " + s.warmupTime());
        aspects.put("measurement", s -> s.measurementIterations() + " x " + s.measurementTime());
        return aspects;
    }

    /**
     * Differences of the machines (from {@code run.json}, where both runs have one), then differences over the
     * results both runs have (results only one run has would otherwise always differ, e.g.
     * a new benchmark with its own settings); over all results when they share none.
     */
    static List<EnvironmentDifference> between(ResultSet base, ResultSet candidate,
                                               List<BenchmarkResult> sharedBase, List<BenchmarkResult> sharedCandidate) {
        List<BenchmarkResult> b = sharedBase.isEmpty() ? base.results() : sharedBase;
        List<BenchmarkResult> c = sharedCandidate.isEmpty() ? candidate.results() : sharedCandidate;
        List<EnvironmentDifference> differences = new ArrayList<>();
        for (String aspect : List.of("cores", "memoryBytes", "os", "arch")) {
            String b0 = base.machine().getOrDefault(aspect, "");
            String c0 = candidate.machine().getOrDefault(aspect, "");
            if (!b0.equals(c0) && !b0.isEmpty() && !c0.isEmpty()) {
                differences.add(new EnvironmentDifference(aspect, List.of(b0), List.of(c0)));
            }
        }
        ASPECTS.forEach((aspect, value) -> {
            TreeSet<String> baseValues = values(b, value);
            TreeSet<String> candidateValues = values(c, value);
            if (!baseValues.equals(candidateValues)) {
                differences.add(new EnvironmentDifference(aspect, List.copyOf(baseValues),
                        List.copyOf(candidateValues)));
            }
        });
        return differences;
    }

    private static TreeSet<String> values(List<BenchmarkResult> results, Function<RunSettings, String> value) {
        TreeSet<String> values = new TreeSet<>();
        results.forEach(r -> values.add(value.apply(r.settings())));
        return values;
    }
}
