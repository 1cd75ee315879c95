package leakbench.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import leakbench.profile.HeapGrowthProfiler;

/**
 * Writes the jar that {@code --jar} puts beside another project's benchmarks, taken from this launcher's own
 * classpath so that benchmarks.jar needs nothing beside it: every class of {@code leakbench.profile} (by package,
 * like the leakbench-profilers artifact), the Profiler services file so that {@code -prof} and {@code -lprof} find
 * them, and every class of the launcher's classpath that those need, found by following their constant pools
 * (HdrHistogram today; whatever a new profiler uses tomorrow). No launcher class goes in: the steps run JMH's own
 * {@code org.openjdk.jmh.Main}. JMH is left to the other jar, so its forks run its own JMH; only when it ships none
 * do this launcher's JMH and its two libraries go in (and with them the main class).
 */
final class ProfilerJar {
    static final String PROFILE_PACKAGE = "leakbench/profile/";
    static final String SERVICES = "META-INF/services/org.openjdk.jmh.profile.Profiler";
    /** In the package, but not a profiler: it runs the suite's own calibration benchmark (not in this jar). */
    private static final String NOT_A_PROFILER = "leakbench/profile/ProfilerOverhead";
    private static final String JMH_PACKAGE = "org/openjdk/jmh/";
    /** JMH and what it needs at run time: a resource that locates each part, and the prefix of its entries. */
    private static final Map<String, String> JMH_RUNTIME = Map.of(
            BenchmarkJar.JMH_RUNNER, JMH_PACKAGE,
            "jmh.properties", "jmh", // its version, and its security policies
            "joptsimple/OptionParser.class", "joptsimple/",
            "org/apache/commons/math3/util/FastMath.class", "org/apache/commons/math3/");

    private ProfilerJar() {
    }

    static Path write(Path target, boolean withJmh) throws IOException {
        ClassLoader loader = ProfilerJar.class.getClassLoader();
        Map<String, byte[]> entries = new TreeMap<>();
        entriesUnder(loader, resourceOf(HeapGrowthProfiler.class), PROFILE_PACKAGE).forEach((name, bytes) -> {
            if (!name.startsWith(NOT_A_PROFILER)) {
                entries.put(name, bytes);
            }
        });
        entries.put(SERVICES, read(loader, SERVICES));
        addWhatTheyUse(loader, entries);
        if (withJmh) {
            for (Map.Entry<String, String> part : JMH_RUNTIME.entrySet()) {
                entries.putAll(entriesUnder(loader, part.getKey(), part.getValue()));
            }
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".leakbench-profilers", ".tmp");
        try (OutputStream file = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Adds, transitively, the classes the entries name that the launcher's classpath has, JDK and JMH aside. */
    private static void addWhatTheyUse(ClassLoader loader, Map<String, byte[]> entries) throws IOException {
        Deque<String> todo = new ArrayDeque<>(entries.keySet().stream().filter(n -> n.endsWith(".class")).toList());
        while (!todo.isEmpty()) {
            for (String used : ClassReferences.of(entries.get(todo.pop()))) {
                String file = used + ".class";
                if (entries.containsKey(file) || used.startsWith(JMH_PACKAGE)) {
                    continue;
                }
                URL url = loader.getResource(file);
                if (url == null || url.getProtocol().equals("jrt")) {
                    continue; // the JDK's own, or a name that is no class
                }
                entries.put(file, read(loader, file));
                todo.push(file);
            }
        }
    }

    /** The entries starting with {@code prefix} of the classpath element (directory or jar) holding {@code anchor}. */
    private static Map<String, byte[]> entriesUnder(ClassLoader loader, String anchor, String prefix) throws IOException {
        URL url = loader.getResource(anchor);
        if (url == null) {
            throw new IOException("the launcher's classpath lacks " + anchor);
        }
        Map<String, byte[]> entries = new TreeMap<>();
        String location = url.toString();
        try {
            if (url.getProtocol().equals("jar")) {
                Path jar = Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    for (ZipEntry entry : zip.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(prefix)).toList()) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            entries.put(entry.getName(), in.readAllBytes());
                        }
                    }
                }
            } else {
                Path root = Path.of(url.toURI());
                for (int i = anchor.split("/").length; i > 0; i--) {
                    root = root.getParent();
                }
                Path base = root;
                Path start = Files.isDirectory(base.resolve(prefix)) ? base.resolve(prefix) : base;
                try (Stream<Path> files = Files.walk(start)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        String name = base.relativize(f).toString().replace('\\', '/');
                        if (name.startsWith(prefix)) {
                            entries.put(name, Files.readAllBytes(f));
                        }
                    }
                }
            }
        } catch (URISyntaxException e) {
            throw new IOException("cannot read " + location + ": " + e.getMessage());
        }
        return entries;
    }

    private static byte[] read(ClassLoader loader, String name) throws IOException {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the launcher's classpath lacks " + name);
            }
            return in.readAllBytes();
        }
    }

    private static String resourceOf(Class<?> type) {
        return type.getName().replace('.', '/') + ".class";
    }
}
