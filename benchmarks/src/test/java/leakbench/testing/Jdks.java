package leakbench.testing;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the java launcher of a JDK by feature version, for tests that fork JMH on another JDK. */
public final class Jdks {
    private Jdks() {
    }

    /**
     * The {@code bin/java} of a JDK of the given feature version: the directory named by
     * {@code LEAKBENCH_JDK<version>} if set, else the first {@code /usr/lib/jvm/*} whose {@code release} file
     * says {@code JAVA_VERSION="<version>}.
     */
    public static Optional<Path> java(int version) {
        String override = System.getenv("LEAKBENCH_JDK" + version);
        if (override != null && !override.isBlank()) {
            return launcher(Path.of(override));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> homes = Files.newDirectoryStream(jvms)) {
            for (Path home : homes) {
                Path release = home.resolve("release");
                if (Files.isRegularFile(release)
                        && Files.readString(release).contains("JAVA_VERSION=\"" + version)) {
                    Optional<Path> java = launcher(home);
                    if (java.isPresent()) {
                        return java;
                    }
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Path> launcher(Path home) {
        Path java = home.resolve("bin").resolve("java");
        return Files.isExecutable(java) ? Optional.of(java) : Optional.empty();
    }
}
