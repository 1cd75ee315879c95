package leakbench.matrix;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code --jdk} values. A number ({@code 25}) is looked up in this order: the environment
 * ({@code LEAKBENCH_JDK25}, {@code JAVA25_HOME}, {@code JAVA_HOME_25_X64} as set by CI setup actions), the
 * JDK running the launcher, then every {@code release} file under {@code /usr/lib/jvm} (newest update wins).
 * Anything else is taken as a JDK home. Reads files only, so bad input is refused at once.
 */
final class JdkFinder {
    private static final Pattern RELEASE_VERSION = Pattern.compile("^JAVA_VERSION=\"([^\"]+)\"", Pattern.MULTILINE);
    private static final int OLDEST_SUPPORTED = 17;

    private final Map<String, String> environment;
    private final List<Path> searchRoots;
    private final Path currentHome;

    JdkFinder(Map<String, String> environment, List<Path> searchRoots, Path currentHome) {
        this.environment = environment;
        this.searchRoots = searchRoots;
        this.currentHome = currentHome;
    }

    static JdkFinder forThisMachine() {
        return new JdkFinder(System.getenv(), List.of(Path.of("/usr/lib/jvm")), Path.of(System.getProperty("java.home")));
    }

    /** The JDK running the launcher: the default when no {@code --jdk} is given. */
    Jdk current() throws UsageException {
        return fromHome("(current)", currentHome);
    }

    Jdk resolve(String spec) throws UsageException {
        String text = spec.strip();
        if (text.matches("\\d{1,3}")) {
            return byRelease(text, Integer.parseInt(text));
        }
        Path path = Path.of(text);
        if (path.endsWith(Path.of("bin", "java")) && Files.isRegularFile(path)) {
            path = path.getParent().getParent();
        }
        return fromHome(text, path);
    }

    private Jdk byRelease(String spec, int major) throws UsageException {
        for (String name : List.of("LEAKBENCH_JDK" + major, "JAVA" + major + "_HOME", "JAVA_HOME_" + major + "_X64")) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                Jdk jdk = fromHome(spec, Path.of(value));
                if (jdk.major() != major) {
                    throw new UsageException("--jdk " + spec + ": " + name + " points to JDK " + jdk.version() + ", not " + major);
                }
                return jdk;
            }
        }
        Optional<String> current = releaseVersion(currentHome);
        if (current.isPresent() && majorOf(current.get()) == major) {
            return new Jdk(spec, currentHome, current.get(), major);
        }
        List<Jdk> found = new ArrayList<>();
        for (Path root : searchRoots) {
            for (Path home : children(root)) {
                Optional<String> version = releaseVersion(home);
                if (version.isPresent() && majorOf(version.get()) == major && Files.isExecutable(home.resolve("bin/java"))) {
                    found.add(new Jdk(spec, realPath(home), version.get(), major));
                }
            }
        }
        return found.stream()
                .max(Comparator.comparing(jdk -> Runtime.Version.parse(jdk.version())))
                .orElseThrow(() -> new UsageException("--jdk " + spec + ": no JDK " + major + " found under "
                        + searchRoots + "; set LEAKBENCH_JDK" + major + " or pass the JDK's home directory"));
    }

    private static Jdk fromHome(String spec, Path home) throws UsageException {
        if (!Files.isExecutable(home.resolve("bin/java"))) {
            throw new UsageException("--jdk " + spec + ": " + home + " is not a JDK home (no executable bin/java)");
        }
        String version = releaseVersion(home).orElseThrow(() ->
                new UsageException("--jdk " + spec + ": " + home + " has no 'release' file naming its JAVA_VERSION"));
        int major = majorOf(version);
        if (major < OLDEST_SUPPORTED) {
            throw new UsageException("--jdk " + spec + ": JDK " + version + " is older than " + OLDEST_SUPPORTED
                    + ", which benchmarks.jar needs");
        }
        return new Jdk(spec, realPath(home), version, major);
    }

    static Optional<String> releaseVersion(Path home) {
        try {
            Matcher m = RELEASE_VERSION.matcher(Files.readString(home.resolve("release")));
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Feature release of a version string: {@code 17.0.15} gives 17, {@code 1.8.0_402} gives 8. */
    static int majorOf(String version) {
        String[] parts = version.split("[._+-]");
        try {
            int first = Integer.parseInt(parts[0]);
            return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<Path> children(Path root) {
        List<Path> result = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return result;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(root)) {
            stream.forEach(result::add);
        } catch (IOException e) {
            // An unreadable directory holds no JDK we could use.
        }
        result.sort(Comparator.naturalOrder());
        return result;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
