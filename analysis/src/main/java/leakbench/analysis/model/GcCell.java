package leakbench.analysis.model;

/**
 * The GC configuration a result was measured in: collector, heap sizing and JDK, taken from the result's
 * {@code jvmArgs} and {@code jdkVersion}. Empty strings mean "not given" (JVM defaults applied).
 *
 * @param collector   {@code G1}, {@code ZGC}, {@code ZGC generational} (with {@code -XX:+ZGenerational}), {@code Shenandoah}, {@code Parallel}, {@code Serial}, {@code Epsilon},
 *                    or {@code default} when no collector flag was given (the JVM chose by ergonomics)
 * @param maxHeap     the last {@code -Xmx} / {@code -XX:MaxHeapSize=} value as written, e.g. {@code 512m}
 * @param initialHeap the last {@code -Xms} / {@code -XX:InitialHeapSize=} value
 * @param youngSize   the last {@code -Xmn} / {@code -XX:NewSize=} value
 * @param jdkVersion  the full JDK version, e.g. {@code 17.0.15}; empty when the file does not say (JMH before 1.12)
 */
public record GcCell(String collector, String maxHeap, String initialHeap, String youngSize, String jdkVersion) {

    public static final String DEFAULT_COLLECTOR = "default";

    /**
     * The JDK feature release ({@code 17} for {@code 17.0.15}, {@code 8} for {@code 1.8.0_192}); the identity of a
     * result uses it so that an update release is reported as an environment difference, not as a new benchmark.
     */
    public String jdkFeature() {
        String v = jdkVersion.startsWith("1.") ? jdkVersion.substring(2) : jdkVersion;
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        return end == 0 ? jdkVersion : v.substring(0, end);
    }

    /** A short human label such as {@code G1 -Xmx512m JDK 17}. */
    public String label() {
        return label(collector, maxHeap, initialHeap, youngSize, jdkFeature());
    }

    static String label(String collector, String maxHeap, String initialHeap, String youngSize, String jdkFeature) {
        StringBuilder b = new StringBuilder(collector);
        if (!maxHeap.isEmpty()) b.append(" -Xmx").append(maxHeap);
        if (!initialHeap.isEmpty()) b.append(" -Xms").append(initialHeap);
        if (!youngSize.isEmpty()) b.append(" -Xmn").append(youngSize);
        if (!jdkFeature.isEmpty()) b.append(" JDK ").append(jdkFeature);
        return b.toString();
    }
}
