package leakbench.matrix;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The launcher's own options, already validated, and the JMH options it passes through untouched.
 * Empty lists mean "not varied": the JVM's default collector, the benchmark's own heap, the current JDK.
 * {@code compareWith}: the base jar of an interleaved comparison ({@code null}: a matrix run).
 * {@code otherJar}: the {@code --jar} whose benchmarks run instead of this suite's ({@code null}: this suite).
 */
record MatrixOptions(
        List<Collector> collectors,
        List<HeapSpec> heaps,
        List<Long> youngSizes,
        List<Jdk> jdks,
        Path out,
        boolean quick,
        Shard shard,
        boolean minHeap,
        Duration cellTimeout,
        List<Path> mergeSources,
        List<String> jmhArgs,
        Path compareWith,
        int pairs,
        Path otherJar) {

    /** Pairs of an interleaved comparison when {@code --pairs} is not given (see docs/compare.md for why). */
    static final int DEFAULT_PAIRS = 10;

    boolean isCompare() {
        return compareWith != null;
    }

    boolean isMerge() {
        return !mergeSources.isEmpty();
    }

    boolean needsMinHeap() {
        return minHeap || heaps.stream().anyMatch(HeapSpec::isMultiple);
    }
}
