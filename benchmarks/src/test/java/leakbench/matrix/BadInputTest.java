package leakbench.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad input is refused with exit status 2, one line on stderr naming the problem, and nothing written. */
class BadInputTest {
    @TempDir
    static Path temp;

    static Stream<Arguments> badInputs() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "not a directory");
        Path fakeJdk = Files.createDirectories(temp.resolve("not-a-jdk"));
        Path notAJar = Files.writeString(temp.resolve("not-a.jar"), "plain text");
        Path plainJar = temp.resolve("plain.jar");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(plainJar))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("README"));
            zip.closeEntry();
        }
        Path jmhJar = TestJars.baseJar(Files.createDirectories(temp.resolve("jmh-jar")), line -> true);
        Path noList = jar(temp.resolve("no-benchmark-list.jar"), "README.txt", "a jar, but not of benchmarks");
        Path badList = jar(temp.resolve("bad-benchmark-list.jar"), "META-INF/BenchmarkList", "not JMH's format\n");
        Path emptyList = jar(temp.resolve("empty-benchmark-list.jar"), "META-INF/BenchmarkList", "");
        return Stream.of(
                Arguments.of(List.of("--gc", "g1,cms"), "unknown collector 'cms' (valid: g1, zgc, shenandoah, parallel, serial, epsilon)"),
                Arguments.of(List.of("--heap", "twox"), "'twox' is not a multiple"),
                Arguments.of(List.of("--heap", "lots"), "'lots' is not a size"),
                Arguments.of(List.of("--heap", "8m"), "8m is under the 16m minimum"),
                Arguments.of(List.of("--heap", "256m", "--young", "512m"), "--young 512m is not smaller than --heap 256m"),
                Arguments.of(List.of("--jdk", "99"), "no JDK 99 found"),
                Arguments.of(List.of("--jdk", fakeJdk.toString()), "is not a JDK home"),
                Arguments.of(List.of("--shard", "3/2"), "'3/2' needs 1 <= I <= N"),
                Arguments.of(List.of("--shard", "half"), "is not I/N"),
                Arguments.of(List.of("--gc", "g1", "--out", file.toString()), "is a file, not a directory"),
                Arguments.of(List.of("--gc", "g1", "--timeout", "soon"), "is not a duration"),
                Arguments.of(List.of("--gc", "g1", "-rff", "x.json"), "-rff and -o do not apply"),
                Arguments.of(List.of("--gc", "g1", "-f", "many"), "JMH option"),
                Arguments.of(List.of("--gc", "g1", "-jvm", "/usr/bin/java", "--jdk", "17"), "give only --jdk"),
                Arguments.of(List.of("--gc", "g1", "NoSuchBenchmarkAnywhere"), "no benchmark matches"),
                Arguments.of(List.of("--merge", temp.toString()), "not a result set"),
                Arguments.of(List.of("--gc"), "--gc needs a value"),
                Arguments.of(List.of("--gc", "g1", "-jvmArgsAppend", "-XX:+UseParallelGC"), "conflicts with --gc"),
                Arguments.of(List.of("--merge", temp.toString(), "--gc", "g1"), "--merge takes result directories and --out only"),
                Arguments.of(List.of("--compare-with", temp.resolve("missing.jar").toString()), "no such file"),
                Arguments.of(List.of("--compare-with", notAJar.toString()), "not a jar"),
                Arguments.of(List.of("--compare-with", plainJar.toString()), "not a JMH jar (no META-INF/BenchmarkList)"),
                Arguments.of(List.of("--compare-with", jmhJar.toString(), "--pairs", "1"), "is not a whole number of at least 2"),
                Arguments.of(List.of("--compare-with", jmhJar.toString(), "--pairs", "many"), "is not a whole number of at least 2"),
                Arguments.of(List.of("--compare-with", jmhJar.toString(), "-f", "3"), "-f does not apply with --compare-with"),
                Arguments.of(List.of("--compare-with", jmhJar.toString(), "--heap", "2x"), "absolute --heap sizes only"),
                Arguments.of(List.of("--pairs", "4"), "--pairs needs --compare-with"),
                Arguments.of(List.of("--jar", temp.resolve("missing.jar").toString()), "missing.jar: no such file"),
                Arguments.of(List.of("--jar", temp.toString()), "not a readable file"),
                Arguments.of(List.of("--jar", file.toString(), "--gc", "g1"), "a-file: not a jar file"),
                Arguments.of(List.of("--jar", noList.toString()), "no META-INF/BenchmarkList, so not a JMH benchmarks jar"),
                Arguments.of(List.of("--jar", badList.toString()), "its META-INF/BenchmarkList cannot be read by JMH"),
                Arguments.of(List.of("--jar", emptyList.toString()), "its META-INF/BenchmarkList lists no benchmark"),
                Arguments.of(List.of("--jar"), "--jar needs a value"),
                Arguments.of(List.of("--merge", temp.toString(), "--jar", noList.toString()),
                        "--merge takes result directories and --out only"));
    }

    private static Path jar(Path path, String entry, String content) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(path))) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return path;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRefusedWithOneLineAndStatus2(List<String> args, String expected) throws Exception {
        Path out = temp.resolve("never-written");
        List<String> all = new ArrayList<>(args);
        if (!args.contains("--out")) {
            all.addAll(List.of("--out", out.toString()));
        }
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();

        int status = Main.run(all.toArray(new String[0]), new PrintWriter(stdout), new PrintWriter(stderr));

        assertEquals(2, status);
        List<String> lines = stderr.toString().lines().toList();
        assertEquals(1, lines.size(), "one line: " + stderr);
        assertTrue(lines.get(0).contains(expected), lines.get(0));
        assertEquals("", stdout.toString());
        assertFalse(Files.exists(out), "nothing is written for bad input");
    }
}
