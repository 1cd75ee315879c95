package leakbench.testing;

import java.util.List;

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
}
