package leakbench.matrix;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A memory size in the JVM's own notation ({@code 512m}, {@code 2g}, {@code 65536k}). */
final class Size {
    static final long KIB = 1L << 10;
    static final long MIB = 1L << 20;
    static final long GIB = 1L << 30;
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,12})([kmgt]?)");

    private Size() {
    }

    /** Bytes of {@code text}, or a {@link UsageException} naming the option it came from. */
    static long parse(String option, String text) throws UsageException {
        Matcher m = FORMAT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new UsageException(option + ": '" + text + "' is not a size (examples: 256m, 2g, 65536k)");
        }
        long number = Long.parseLong(m.group(1));
        long unit = switch (m.group(2)) {
            case "k" -> KIB;
            case "m" -> MIB;
            case "g" -> GIB;
            case "t" -> GIB * 1024;
            default -> 1;
        };
        if (number > Long.MAX_VALUE / unit) {
            throw new UsageException(option + ": '" + text + "' is too large");
        }
        return number * unit;
    }

    /** The shortest exact JVM notation: 1073741824 becomes {@code 1g}, 100663296 becomes {@code 96m}. */
    static String format(long bytes) {
        if (bytes % GIB == 0) {
            return bytes / GIB + "g";
        }
        if (bytes % MIB == 0) {
            return bytes / MIB + "m";
        }
        if (bytes % KIB == 0) {
            return bytes / KIB + "k";
        }
        return Long.toString(bytes);
    }
}
