package leakbench.profile;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import leakbench.profile.RootPaths.Step;

/**
 * A root path written the way a Java developer reads it:
 * {@code GrowingCacheBenchmark_jmhType.caches [harness] -> EnumMap[...] -> HashMap[Long key] -> byte[]}. JDK
 * classes by simple name, the rest fully qualified; JMH's generated classes and its own marked {@code [harness]};
 * a run of the same field (a linked list's {@code next}) as {@code .next x1234}; the dominating collection with
 * what it retains.
 */
final class PathText {
    private static final Pattern KEY = Pattern.compile("instance @\\d+ of (.+)");

    private PathText() {
    }

    static boolean isHarness(String className) {
        return className.startsWith("org.openjdk.jmh.") || className.contains("_jmhType")
                || className.contains("_jmhTest") || className.contains("jmh_generated");
    }

    /**
     * The path from its first static field when it starts at the class loader that lists the class
     * ({@code AppClassLoader.classes -> ArrayList[68] -> static X.f}: "a static field"), an array entry written
     * on the field that holds the array ({@code EnumMap.vals[0]}).
     */
    static String render(List<Step> steps, String leaking, int holder) {
        List<StringBuilder> segments = new java.util.ArrayList<>();
        int first = loaderPrefix(steps);
        String pending = "";
        for (int i = first; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.holderKind().equals("array") && i > first) {
                segments.get(segments.size() - 1).append('[').append(s.reference()).append(']');
            } else {
                if (!segments.isEmpty()) {
                    segments.get(segments.size() - 1).append(pending);
                    pending = "";
                }
                segments.add(new StringBuilder(step(s)));
            }
            if (i == holder) {
                pending = s.retainedBytes() >= 0 ? " (retains " + bytes(s.retainedBytes()) + " in "
                        + s.retainedObjects() + " objects)" : " (holds the list)";
            }
        }
        if (!segments.isEmpty()) {
            segments.get(segments.size() - 1).append(pending);
        }
        segments.add(new StringBuilder(name(leaking)));
        return String.join(" -> ", segments);
    }

    /** Steps before the first static field when they are only the class loader's list of its classes. */
    private static int loaderPrefix(List<Step> steps) {
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.referenceType().equals("STATIC_FIELD")) {
                return i;
            }
            boolean loaderList = s.holder().contains("ClassLoader") && s.reference().equals("classes")
                    || s.referenceType().equals("ARRAY_ENTRY") && s.holder().equals("java.util.ArrayList")
                    || s.holder().equals("java.lang.Object[]");
            if (!loaderList) {
                return 0;
            }
        }
        return 0;
    }

    private static String step(Step s) {
        String holder = name(s.referenceType().endsWith("_FIELD") ? s.declaredBy() : s.holder());
        String text = switch (s.referenceType()) {
            case "STATIC_FIELD" -> "static " + holder + "." + s.reference();
            case "LOCAL" -> holder + "." + s.reference();
            case "ARRAY_ENTRY" -> holder + "[" + entry(s.reference()) + "]";
            default -> holder + "." + s.reference();
        };
        if (s.repeat() > 1) {
            text += " x" + s.repeat();
        }
        return s.harness() ? text + " [harness]" : text;
    }

    /** Shark names a map entry by its key ({@code instance @123 of java.lang.Long}): shown as {@code Long key}. */
    private static String entry(String reference) {
        Matcher key = KEY.matcher(reference);
        return key.matches() ? name(key.group(1)) + " key" : reference;
    }

    /** The hidden class of a lambda, {@code X$$Lambda$95+0x00007f3f280cc000}, as {@code X$$Lambda}. */
    private static final Pattern LAMBDA = Pattern.compile("\\$\\$Lambda(\\$\\d+)?([+/]0x[0-9a-fA-F]+)?");

    static String name(String rawName) {
        String className = LAMBDA.matcher(rawName).replaceAll(Matcher.quoteReplacement("$$Lambda"));
        boolean jdk = className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")
                || className.startsWith("sun.");
        return jdk ? className.substring(className.lastIndexOf('.', firstBracket(className)) + 1) : className;
    }

    private static int firstBracket(String className) {
        int bracket = className.indexOf('[');
        return bracket < 0 ? className.length() : bracket;
    }

    static String bytes(long bytes) {
        if (bytes < 0) {
            return "?";
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1 << 20 ? String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }
}
