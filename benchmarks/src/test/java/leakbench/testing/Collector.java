package leakbench.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The collectors the profiler tests cover, with the flag that selects each in a forked JVM. */
public enum Collector {
    G1("-XX:+UseG1GC"),
    PARALLEL("-XX:+UseParallelGC"),
    SERIAL("-XX:+UseSerialGC"),
    ZGC("-XX:+UseZGC"),
    SHENANDOAH("-XX:+UseShenandoahGC");

    private final String flag;

    Collector(String flag) {
        this.flag = flag;
    }

    public List<String> jvmArgs() {
        return List.of(flag);
    }

    /** ZGC, Shenandoah and G1 do part of their work concurrently. */
    public boolean hasConcurrentPhases() {
        return this == ZGC || this == SHENANDOAH || this == G1;
    }

    /** Every collector on JDK 17 and on JDK 25, as {@code (jdk, collector)} arguments of a parameterized test. */
    public static Stream<Arguments> onJdks17And25() {
        List<Arguments> cases = new ArrayList<>();
        for (int jdk : new int[] {17, 25}) {
            for (Collector collector : values()) {
                cases.add(Arguments.of(jdk, collector));
            }
        }
        return cases.stream();
    }
}
