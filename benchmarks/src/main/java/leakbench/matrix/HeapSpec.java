package leakbench.matrix;

import java.util.Locale;

/**
 * One value of {@code --heap}: either an absolute size applied as equal {@code -Xms}/{@code -Xmx}, or a
 * multiple of the benchmark's minimum heap ({@code 2x}), found by {@code --min-heap} bisection.
 */
record HeapSpec(long bytes, double multiple) {
    /** The smallest heap the launcher accepts: below it the JVM itself barely starts. */
    static final long MINIMUM = 16 * Size.MIB;

    static HeapSpec parse(String text) throws UsageException {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.endsWith("x")) {
            double factor;
            try {
                factor = Double.parseDouble(value.substring(0, value.length() - 1));
            } catch (NumberFormatException e) {
                throw new UsageException("--heap: '" + text + "' is not a multiple (examples: 1.5x, 2x, 4x)");
            }
            if (!(factor >= 1 && factor <= 100)) {
                throw new UsageException("--heap: multiple '" + text + "' must be between 1x and 100x of the minimum heap");
            }
            return new HeapSpec(0, factor);
        }
        long bytes = Size.parse("--heap", value);
        if (bytes < MINIMUM) {
            throw new UsageException("--heap: " + text + " is under the 16m minimum");
        }
        return new HeapSpec(bytes, 0);
    }

    boolean isMultiple() {
        return multiple > 0;
    }

    /** The heap for a benchmark whose minimum heap is {@code minHeap}, rounded up to whole MiB. */
    long resolve(long minHeap) {
        if (!isMultiple()) {
            return bytes;
        }
        long raw = (long) Math.ceil(minHeap * multiple);
        return Math.max(MINIMUM, (raw + Size.MIB - 1) / Size.MIB * Size.MIB);
    }

    /** As the user wrote it, normalized: {@code 1g}, {@code 2x}, {@code 1.5x}. */
    String label() {
        if (!isMultiple()) {
            return Size.format(bytes);
        }
        return (multiple == Math.rint(multiple) ? Long.toString((long) multiple) : Double.toString(multiple)) + "x";
    }
}
