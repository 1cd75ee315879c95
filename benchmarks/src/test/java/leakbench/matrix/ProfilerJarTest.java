package leakbench.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import leakbench.profile.GcPauseProfiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code --jar} puts beside another project's benchmarks, read back without running anything. */
class ProfilerJarTest {
    @TempDir
    Path temp;

    @Test
    void holdsTheWholeProfilePackageAndWhatItUsesButNothingElseOfTheSuite() throws Exception {
        Set<String> names = entries(ProfilerJar.write(temp.resolve("p.jar"), false));

        assertEquals(profilePackage(), names.stream().filter(n -> n.startsWith(ProfilerJar.PROFILE_PACKAGE))
                .collect(Collectors.toCollection(TreeSet::new)), "every class of leakbench.profile but ProfilerOverhead");
        assertTrue(names.contains(ProfilerJar.SERVICES));
        assertTrue(names.stream().noneMatch(n -> n.startsWith("leakbench/matrix/")),
                "the steps run JMH's own org.openjdk.jmh.Main: no launcher class goes in");
        assertTrue(names.contains("org/HdrHistogram/Histogram.class"), "GcPauseProfiler's histogram, found by use");
        for (String name : names) {
            assertFalse(name.startsWith("org/openjdk/jmh/"), "the other jar's JMH runs: " + name);
            assertFalse(name.startsWith("leakbench/") && !name.startsWith(ProfilerJar.PROFILE_PACKAGE),
                    "not a profiler: " + name);
            // Jackson and Shark are used (HeapGrowthProfiler:trace); Guava and Caffeine only by the benchmarks.
            assertFalse(name.startsWith("com/google/") || name.startsWith("com/github/benmanes/"),
                    "not used by a profiler: " + name);
        }
        assertFalse(names.contains(BenchmarkJar.BENCHMARK_LIST), "the other jar's BenchmarkList is the only one");
    }

    @Test
    void bringsThisLaunchersJmhOnlyForAJarThatShipsNone() throws Exception {
        Set<String> names = entries(ProfilerJar.write(temp.resolve("with-jmh.jar"), true));

        assertTrue(names.contains(BenchmarkJar.JMH_RUNNER));
        assertTrue(names.contains(BenchmarkJar.MAIN.replace('.', '/') + ".class"), "the steps' main class");
        assertTrue(names.contains("jmh.properties"), "JMH reads its version from it");
        assertTrue(names.contains("joptsimple/OptionParser.class"));
        assertTrue(names.contains("org/apache/commons/math3/stat/descriptive/SummaryStatistics.class"));
    }

    @Test
    void aClassFileNamesTheClassesItUses() throws IOException {
        byte[] bytes;
        try (var in = GcPauseProfiler.class.getResourceAsStream("GcPauseProfiler.class")) {
            bytes = in.readAllBytes();
        }
        Set<String> used = ClassReferences.of(bytes);
        assertTrue(used.contains("org/HdrHistogram/Histogram"), used.toString());
        assertTrue(used.contains("org/openjdk/jmh/profile/InternalProfiler"), used.toString());
        assertTrue(used.contains("java/lang/String"), "descriptor types too: " + used);
    }

    private static Set<String> entries(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(e -> e.getName()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** The compiled package as the build left it (target/classes), ProfilerOverhead aside. */
    private static Set<String> profilePackage() throws Exception {
        Path classes = Path.of(GcPauseProfiler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes.resolve(ProfilerJar.PROFILE_PACKAGE))) {
            return files.filter(Files::isRegularFile).map(f -> classes.relativize(f).toString())
                    .filter(n -> !n.startsWith("leakbench/profile/ProfilerOverhead"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
