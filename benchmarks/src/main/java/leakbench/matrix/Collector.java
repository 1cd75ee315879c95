package leakbench.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The collectors of {@code --gc} and the flags that select each one on a given JDK release. */
enum Collector {
    G1("UseG1GC"),
    ZGC("UseZGC"),
    SHENANDOAH("UseShenandoahGC"),
    PARALLEL("UseParallelGC"),
    SERIAL("UseSerialGC"),
    EPSILON("UseEpsilonGC");

    private final String flag;

    Collector(String flag) {
        this.flag = flag;
    }

    static Collector parse(String text) throws UsageException {
        for (Collector c : values()) {
            if (c.label().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new UsageException("--gc: unknown collector '" + text + "' (valid: " + validNames() + ")");
    }

    static String validNames() {
        return Arrays.stream(values()).map(Collector::label).collect(Collectors.joining(", "));
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * JVM flags that select this collector on JDK {@code major}. Epsilon is experimental on every release.
     * ZGC means the generational ZGC wherever it exists: opt-in with {@code -XX:+ZGenerational} on 21 and 22,
     * the default from 23, the only mode from 24; 17 to 20 have only the single-generation ZGC.
     */
    List<String> flags(int major) {
        List<String> flags = new ArrayList<>();
        if (this == EPSILON) {
            flags.add("-XX:+UnlockExperimentalVMOptions");
        }
        flags.add("-XX:+" + flag);
        if (this == ZGC && (major == 21 || major == 22)) {
            flags.add("-XX:+ZGenerational");
        }
        return flags;
    }
}
