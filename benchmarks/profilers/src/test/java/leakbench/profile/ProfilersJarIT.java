package leakbench.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.profile.Profiler;

/**
 * The packaged profilers jar as a user's JMH project gets it: on a plain {@code org.openjdk.jmh.Main} classpath
 * beside JMH's own samples (code we did not write), JMH, and the jar's declared dependencies; nothing of the suite.
 * The build hands the paths over (failsafe's system properties, filled by dependency:build-classpath).
 */
class ProfilersJarIT {
    private static final String SERVICES = "META-INF/services/" + Profiler.class.getName();
    private static final Path JAR = Path.of(System.getProperty("leakbench.profilersJar"));

    @TempDir
    Path temp;

    @Test
    void holdsEveryClassOfLeakbenchProfileAndNoOtherCodeOfTheSuite() throws IOException {
        Set<String> inJar = classesIn(JAR);
        Path suite = Path.of(System.getProperty("leakbench.suiteClasses"));
        Set<String> inPackage;
        try (Stream<Path> files = Files.walk(suite.resolve("leakbench/profile"))) {
            inPackage = files.filter(f -> f.toString().endsWith(".class")).map(f -> suite.relativize(f).toString())
                    // Not a profiler: it runs the suite's own calibration benchmark, which is not in this jar.
                    .filter(name -> !name.startsWith("leakbench/profile/ProfilerOverhead"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertFalse(inPackage.isEmpty());
        assertEquals(inPackage, inJar);
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            assertTrue(zip.getEntry("META-INF/BenchmarkList") == null, "a BenchmarkList here would hide the user's");
        }
    }

    @Test
    void itsServicesFileNamesEveryProfilerInTheJar() throws Exception {
        List<String> listed;
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            listed = new String(zip.getInputStream(zip.getEntry(SERVICES)).readAllBytes(), StandardCharsets.UTF_8)
                    .lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        }
        List<String> profilers = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(urls(pluginClasspath()), Profiler.class.getClassLoader())) {
            for (String entry : classesIn(JAR)) {
                Class<?> type = Class.forName(entry.replace('/', '.').replaceAll("\\.class$", ""), false, loader);
                if (Profiler.class.isAssignableFrom(type) && Modifier.isPublic(type.getModifiers())
                        && !Modifier.isAbstract(type.getModifiers())) {
                    profilers.add(type.getName());
                }
            }
        }
        assertEquals(profilers.stream().sorted().toList(), listed, "-lprof lists a profiler only through " + SERVICES);
    }

    @Test
    void needsNothingButJmhAndItsDeclaredDependencies() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        List<Path> classpath = new ArrayList<>(dependencies());
        classpath.addAll(jmhProject());
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(out), "--missing-deps", "--multi-release", "17",
                "--class-path", join(classpath), JAR.toString());
        assertEquals(0, status, out.toString());
        assertEquals("", out.toString().strip(), "classes the jar uses but neither JMH nor its pom provides");
    }

    @Test
    void aPlainJmhMainListsTheProfilersAndRunsThemOnJmhSamples() throws Exception {
        List<String> classpath = new ArrayList<>();
        jmhProject().forEach(p -> classpath.add(p.toString()));
        classpath.add(JAR.toString());
        dependencies().forEach(p -> classpath.add(p.toString()));

        String profilers = jmh(String.join(java.io.File.pathSeparator, classpath), "-lprof");
        assertTrue(profilers.contains(HeapGrowthProfiler.class.getName()), profilers);
        assertTrue(profilers.contains(GcPauseProfiler.class.getName()), profilers);

        Path json = temp.resolve("samples.json");
        jmh(String.join(java.io.File.pathSeparator, classpath), "JMHSample_01_HelloWorld",
                "-prof", GcPauseProfiler.class.getName(), "-prof", HeapGrowthProfiler.class.getName(),
                "-f", "1", "-wi", "0", "-i", "3", "-r", "200ms", "-rf", "json", "-rff", json.toString());
        JsonNode results = new ObjectMapper().readTree(json.toFile());
        assertEquals(1, results.size(), results.toString());
        JsonNode metrics = results.get(0).get("secondaryMetrics");
        for (String metric : List.of("heap.retained", "heap.retained.norm", "gc.pause.count", "gc.pause.total")) {
            assertTrue(metrics.has(metric), metric + " missing: " + metrics);
        }
        assertTrue(metrics.get("heap.retained").get("score").asDouble() > 0, metrics.toString());
    }

    /** Runs JMH's own launcher in a child JVM on the given classpath; its output, after checking it exited 0. */
    private String jmh(String classpath, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djmh.ignoreLock=true", "-cp", classpath, "org.openjdk.jmh.Main"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(temp, "jmh", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "JMH did not finish");
        String output = Files.readString(log);
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    private static Set<String> classesIn(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static List<Path> pluginClasspath() {
        List<Path> classpath = new ArrayList<>(List.of(JAR));
        classpath.addAll(dependencies());
        return classpath;
    }

    private static List<Path> dependencies() {
        return paths("leakbench.profilersDependencies");
    }

    private static List<Path> jmhProject() {
        return paths("leakbench.jmhProjectClasspath");
    }

    private static List<Path> paths(String property) {
        String value = System.getProperty(property, "");
        return Stream.of(value.split(java.io.File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList();
    }

    private static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static URL[] urls(List<Path> paths) throws IOException {
        URL[] urls = new URL[paths.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = paths.get(i).toUri().toURL();
        }
        return urls;
    }
}
