package leakbench.matrix;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * A jar whose benchmarks a plan's steps run, one per side of the plan: what the step's child JVM gets on its
 * classpath (and so every JMH fork, which inherits it), and the benchmarks the jar holds with their own
 * {@code @Fork(jvmArgsAppend)}. The child's main class is always {@link #MAIN}, JMH's own launcher, present in every
 * JMH jar old or new (and in the profilers jar when the other jar ships no JMH).
 *
 * <ul>
 *   <li>{@link #suite()}: this suite, the launcher's own classpath;</li>
 *   <li>{@link #suiteBuild}: {@code --compare-with BASE_JAR} of this suite (normally the base commit's
 *       benchmarks.jar), run as it is;</li>
 *   <li>{@link #otherProject}: {@code --jar OTHER.jar} and, with {@code --jar}, its {@code --compare-with} base:
 *       the jar first (its {@code META-INF/BenchmarkList}, its classes, its JMH when it ships one), then
 *       {@code extraClasspath}, the jar {@link ProfilerJar} writes with the profilers, so that
 *       {@code -prof leakbench.profile.*} works in its forks.</li>
 * </ul>
 *
 * <p>{@code benchmarks} maps every benchmark of the jar to its own {@code @Fork(jvmArgsAppend)}; {@code null} when the
 * jar's list is one this JMH cannot parse (a much older JMH wrote it): every unit is then tried on it.
 */
record BenchmarkJar(Path path, List<Path> extraClasspath, boolean otherProject, Map<String, List<String>> benchmarks) {
    static final String MAIN = "org.openjdk.jmh.Main";
    static final String BENCHMARK_LIST = "META-INF/BenchmarkList";
    /** Present in every JMH, from 1.0 to now: tells whether a jar ships its own JMH. */
    static final String JMH_RUNNER = "org/openjdk/jmh/runner/Runner.class";

    static BenchmarkJar suite() {
        return new BenchmarkJar(null, List.of(), false, ownAppends(BenchmarkList.defaultList().getAll(
                OutputFormatFactory.createFormatInstance(new PrintStream(OutputStream.nullOutputStream()), VerboseMode.SILENT),
                List.of())));
    }

    /** Another build of this suite ({@code --compare-with} without {@code --jar}): nothing is added beside it. */
    static BenchmarkJar suiteBuild(Path jar) throws UsageException {
        return new BenchmarkJar(jar.toAbsolutePath(), List.of(), false, readLeniently(jar, "--compare-with"));
    }

    /** Another project's jar as a step runs it, with the profilers jar written into {@code workDir}. */
    static BenchmarkJar otherProject(Path jar, String option, Path workDir) throws IOException, UsageException {
        boolean withJmh = !shipsJmh(jar);
        Path profilers = workDir.resolve(withJmh ? "leakbench-profilers-with-jmh.jar" : "leakbench-profilers.jar");
        if (!Files.isRegularFile(profilers)) {
            ProfilerJar.write(profilers, withJmh);
            profilers.toFile().deleteOnExit();
        }
        return new BenchmarkJar(jar.toAbsolutePath(), List.of(profilers), true, readLeniently(jar, option));
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

    /** What run.json and the progress lines call it: the jar's path, or this launcher's classpath. */
    String label() {
        return isSuite() ? classpath() : path.toString();
    }

    /** Whether the jar holds {@code benchmark} (when its list cannot be read: assumed so). */
    boolean holds(String benchmark) {
        return benchmarks == null || benchmarks.containsKey(benchmark);
    }

    /** The benchmark's own {@code @Fork(jvmArgsAppend)} in this jar (none when unknown). */
    List<String> ownAppend(String benchmark) {
        return benchmarks == null ? List.of() : benchmarks.getOrDefault(benchmark, List.of());
    }

    /**
     * The {@code @Fork(jvmArgsAppend)} that one JMH run of {@code names} can keep: theirs when they all agree, empty
     * when they differ (a run's {@code -jvmArgsAppend} is one option for all its benchmarks: such a cell runs unit by
     * unit).
     */
    Optional<List<String>> sharedOwnAppend(Collection<String> names) {
        Set<List<String>> appends = new LinkedHashSet<>();
        names.forEach(name -> appends.add(ownAppend(name)));
        return appends.size() > 1 ? Optional.empty() : Optional.of(appends.isEmpty() ? List.of() : appends.iterator().next());
    }

    /** The benchmarks this jar holds, as its JMH wrote them at build time (for the user's regexes). */
    BenchmarkList benchmarkList() throws UsageException {
        return isSuite() ? BenchmarkList.defaultList() : BenchmarkList.fromString(readList(path, "--jar"));
    }

    /** For run.json: which jar, which build of it, and whose JMH its forks run. */
    Map<String, Object> record() throws IOException {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("path", label());
        if (!isSuite()) {
            record.put("sha256", Environment.sha256(path));
            record.put("jmh", shipsJmh(path) ? "its own"
                    : "the launcher's (" + org.openjdk.jmh.util.Version.getPlainVersion() + ")");
        }
        return record;
    }

    /**
     * Refuses, in one line, what cannot be a JMH benchmarks jar: a missing or unreadable file, a file that is
     * not a jar, a jar without a {@code META-INF/BenchmarkList} or with one this launcher's JMH cannot read.
     */
    static void check(Path jar) throws UsageException {
        List<BenchmarkListEntry> entries;
        try {
            entries = parse(readList(jar, "--jar"));
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

    private static Map<String, List<String>> readLeniently(Path jar, String option) throws UsageException {
        try {
            return ownAppends(parse(readList(jar, option)));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static List<BenchmarkListEntry> parse(String list) throws IOException {
        try (InputStream in = new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8))) {
            return BenchmarkList.readBenchmarkList(in);
        }
    }

    private static Map<String, List<String>> ownAppends(Collection<BenchmarkListEntry> entries) {
        Map<String, List<String>> appends = new TreeMap<>();
        for (BenchmarkListEntry entry : entries) {
            appends.putIfAbsent(entry.getUsername(), List.copyOf(entry.getJvmArgsAppend().orElse(List.of())));
        }
        return appends;
    }

    private static String readList(Path jar, String option) throws UsageException {
        if (!Files.exists(jar)) {
            throw new UsageException(option + " " + jar + ": no such file");
        }
        if (!Files.isRegularFile(jar) || !Files.isReadable(jar)) {
            throw new UsageException(option + " " + jar + ": not a readable file");
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry list = zip.getEntry(BENCHMARK_LIST);
            if (list == null) {
                throw new UsageException(option + " " + jar + ": no " + BENCHMARK_LIST
                        + ", so not a JMH benchmarks jar (build it with JMH's annotation processor)");
            }
            try (InputStream in = zip.getInputStream(list)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UsageException(option + " " + jar + ": not a jar file (" + e.getMessage() + ")");
        }
    }
}
