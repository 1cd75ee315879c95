package leakbench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/**
 * Every benchmark class carries the complete annotation block (STYLE.md), forks at least once with its own
 * heap, and pairs each {@code leaky*} variant with a {@code fixed*} one. Reads the list JMH's annotation
 * processor generated, so a class the processor saw cannot escape the check.
 */
class BenchmarkAnnotationsTest {
    private static final List<Class<? extends Annotation>> BLOCK =
            List.of(BenchmarkMode.class, OutputTimeUnit.class, Warmup.class, Measurement.class, Fork.class, State.class);

    @Test
    void everyBenchmarkClassHasTheCompleteAnnotationBlock() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : benchmarkClasses()) {
            for (Class<? extends Annotation> annotation : BLOCK) {
                if (!type.isAnnotationPresent(annotation)) {
                    problems.add(type.getName() + " lacks @" + annotation.getSimpleName());
                }
            }
            Fork fork = type.getAnnotation(Fork.class);
            if (fork != null) {
                if (fork.value() < 1) {
                    problems.add(type.getName() + " forks " + fork.value() + " times; at least 1 is required");
                }
                boolean setsHeap = Arrays.stream(fork.jvmArgs()).anyMatch(arg -> arg.startsWith("-Xmx"));
                if (!setsHeap) {
                    problems.add(type.getName() + " does not set its fork's heap (-Xmx in @Fork(jvmArgs))");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyLeakyVariantHasAFixedTwin() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : benchmarkClasses()) {
            List<String> names = Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(Benchmark.class))
                    .map(Method::getName)
                    .collect(Collectors.toList());
            boolean leaky = names.stream().anyMatch(n -> n.startsWith("leaky"));
            boolean fixed = names.stream().anyMatch(n -> n.startsWith("fixed"));
            if (leaky && !fixed) {
                problems.add(type.getName() + " has leaky variants but no fixed one");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theSuiteCoversEveryFamilyWithLeakyAndFixedVariants() throws Exception {
        TreeSet<String> names = benchmarkMethodNames();
        for (String family : List.of("caches", "listeners", "captures", "finalizers", "allocation", "gc")) {
            assertTrue(names.stream().anyMatch(n -> n.startsWith("leakbench." + family + ".")),
                    "no benchmark in family " + family);
        }
        long leaky = names.stream().filter(n -> n.substring(n.lastIndexOf('.') + 1).startsWith("leaky")).count();
        long fixed = names.stream().filter(n -> n.substring(n.lastIndexOf('.') + 1).startsWith("fixed")).count();
        assertTrue(names.size() >= 35, "only " + names.size() + " benchmarks");
        assertTrue(leaky >= 10, "only " + leaky + " leaky variants");
        assertTrue(fixed >= 10, "only " + fixed + " fixed variants");
    }

    /** Benchmark classes by name, as listed in META-INF/BenchmarkList. */
    static List<Class<?>> benchmarkClasses() throws IOException, ClassNotFoundException {
        Map<String, Class<?>> classes = new TreeMap<>();
        for (String line : benchmarkListLines()) {
            String name = new BenchmarkListEntry(line).getUserClassQName();
            classes.putIfAbsent(name, Class.forName(name));
        }
        assertFalse(classes.isEmpty(), "META-INF/BenchmarkList lists no benchmark");
        return new ArrayList<>(classes.values());
    }

    static List<String> benchmarkListLines() throws IOException {
        try (InputStream in = BenchmarkAnnotationsTest.class.getResourceAsStream("/META-INF/BenchmarkList")) {
            assertNotNull(in, "META-INF/BenchmarkList is missing: did the JMH annotation processor run?");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toCollection(ArrayList::new));
        }
    }

    static TreeSet<String> benchmarkMethodNames() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (String line : benchmarkListLines()) {
            names.add(new BenchmarkListEntry(line).getUsername());
        }
        return names;
    }
}
