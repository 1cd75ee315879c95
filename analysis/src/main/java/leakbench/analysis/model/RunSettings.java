package leakbench.analysis.model;

import java.util.List;

/**
 * How a result was run, as JMH recorded it. Empty strings and -1 mean "the file does not say" (older JMH
 * versions omit {@code jmhVersion}, {@code jvm}, {@code jvmArgs}, {@code jdkVersion}, {@code vmName}, batch sizes).
 */
public record RunSettings(String jmhVersion, String jvm, List<String> jvmArgs, String jdkVersion, String vmName,
                          String vmVersion, int threads, int forks, int warmupIterations, String warmupTime,
                          int warmupBatchSize, int measurementIterations, String measurementTime,
                          int measurementBatchSize) {

    public RunSettings {
        jvmArgs = List.copyOf(jvmArgs);
    }
}
