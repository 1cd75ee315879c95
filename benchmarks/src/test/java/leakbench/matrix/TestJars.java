package leakbench.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/** JMH jars for the comparison tests, made from the test's own classpath (no benchmarks.jar exists before package). */
final class TestJars {
    private TestJars() {
    }

    /**
     * A JMH jar: this suite's benchmark list, filtered by {@code keep} (a line of the list names one benchmark), and a
     * manifest {@code Class-Path} reaching the test classpath, so {@code java -cp JAR org.openjdk.jmh.Main} runs it.
     */
    static Path baseJar(Path dir, Predicate<String> keep) throws IOException {
        String list;
        try (InputStream in = TestJars.class.getResourceAsStream("/META-INF/BenchmarkList")) {
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(keep)
                    .collect(Collectors.joining("\n", "", "\n"));
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, Arrays.stream(
                System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(p -> Path.of(p).toAbsolutePath().toUri().toString()).collect(Collectors.joining(" ")));
        Path jar = dir.resolve("base-benchmarks.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("META-INF/BenchmarkList"));
            out.write(list.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
