package leakbench.analysis.compare;

import java.util.List;

/** One aspect of the run environment (JDK, JVM arguments, JMH version...) whose values differ between the runs. */
public record EnvironmentDifference(String aspect, List<String> base, List<String> candidate) {

    public EnvironmentDifference {
        base = List.copyOf(base);
        candidate = List.copyOf(candidate);
    }
}
