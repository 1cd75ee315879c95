package leakbench.matrix;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/**
 * The jar whose benchmarks the cells run, and what each cell's JVM (and so each JMH fork, which inherits its
 * classpath) gets beside it. {@code path == null} is this suite: the launcher's own classpath. For
 * {@code --jar OTHER.jar} the classpath is OTHER.jar first (its {@code META-INF/BenchmarkList}, its classes, its
 * JMH when it ships one), then {@code extraClasspath}: the jar {@link ProfilerJar} writes with the profilers and
 * the cell's main class. Either way the cell's main class is {@link CellMain}.
 */
record BenchmarkJar(Path path, List<Path> extraClasspath) {
    static final String BENCHMARK_LIST = "META-INF/BenchmarkList";
    /** Present in every JMH, from 1.0 to now: tells whether a jar ships its own JMH. */
    static final String JMH_RUNNER = "org/openjdk/jmh/runner/Runner.class";

    static BenchmarkJar suite() {
        return new BenchmarkJar(null, List.of());
    }

    /** {@code OTHER.jar} as a cell runs it, with the profilers jar written into {@code workDir}. */
    static BenchmarkJar other(Path jar, Path workDir) throws IOException {
        Path profilers = ProfilerJar.write(workDir.resolve("leakbench-profilers.jar"), !shipsJmh(jar));
        return new BenchmarkJar(jar.toAbsolutePath(), List.of(profilers));
    }

    boolean isSuite() {
        return path == null;
    }

    String classpath() {
        if (isSuite()) {
            return System.getProperty("java.class.path");
        }
        List<String> entries = new ArrayList<>(List.of(path.toString()));
        extraClasspath.forEach(p -> entries.add(p.toString()));
        return String.join(File.pathSeparator, entries);
    }

    /** The benchmarks this jar holds, as its JMH wrote them at build time. */
    BenchmarkList benchmarkList() throws UsageException {
        return isSuite() ? BenchmarkList.defaultList() : BenchmarkList.fromString(readList(path));
    }

    /**
     * Refuses, in one line, what cannot be a JMH benchmarks jar: a missing or unreadable file, a file that is
     * not a jar, a jar without a {@code META-INF/BenchmarkList} or with one this launcher's JMH cannot read.
     */
    static void check(Path jar) throws UsageException {
        String list = readList(jar);
        List<BenchmarkListEntry> entries;
        try (InputStream in = new java.io.ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8))) {
            entries = BenchmarkList.readBenchmarkList(in);
        } catch (IOException | RuntimeException e) {
            throw new UsageException("--jar " + jar + ": its " + BENCHMARK_LIST + " cannot be read by JMH "
                    + org.openjdk.jmh.util.Version.getPlainVersion() + " (" + e.getMessage() + ")");
        }
        if (entries.isEmpty()) {
            throw new UsageException("--jar " + jar + ": its " + BENCHMARK_LIST + " lists no benchmark");
        }
    }

    static boolean shipsJmh(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry(JMH_RUNNER) != null;
        }
    }

    private static String readList(Path jar) throws UsageException {
        if (!Files.exists(jar)) {
            throw new UsageException("--jar " + jar + ": no such file");
        }
        if (!Files.isRegularFile(jar) || !Files.isReadable(jar)) {
            throw new UsageException("--jar " + jar + ": not a readable file");
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry list = zip.getEntry(BENCHMARK_LIST);
            if (list == null) {
                throw new UsageException("--jar " + jar + ": no " + BENCHMARK_LIST
                        + ", so not a JMH benchmarks jar (build it with JMH's annotation processor)");
            }
            try (InputStream in = zip.getInputStream(list)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UsageException("--jar " + jar + ": not a jar file (" + e.getMessage() + ")");
        }
    }
}
