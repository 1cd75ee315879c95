package leakbench.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import leakbench.caches.GrowingCacheBenchmark;
import leakbench.captures.AnonymousClassBenchmark;
import leakbench.captures.ThreadLocalBenchmark;
import leakbench.finalizers.CleanerCaptureBenchmark;
import leakbench.finalizers.ResurrectionBenchmark;
import leakbench.gc.FillingBathtubBenchmark;
import leakbench.listeners.EventListenerBenchmark;
import leakbench.testing.Collector;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * {@code HeapGrowthProfiler:trace=true} on one leaky scenario per family, under G1 and ZGC: the trace file names
 * the growing payload type and a root path through the field that really keeps it, the dump was analysed and
 * then removed. Shorter batches than the benchmarks' own keep each run to a few seconds; the leak is the same.
 */
class TraceRootPathTest {
    static {
        System.setProperty("jmh.ignoreLock", "true");
    }

    /** A leaky variant, its batch for this test, the type that must grow, and what its path must name. */
    record Scenario(String benchmark, int batch, String param, String type, String field) {
        @Override
        public String toString() {
            return benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
        }
    }

    static final List<Scenario> SCENARIOS = List.of(
            new Scenario(GrowingCacheBenchmark.class.getName() + ".leakyHashMap", 3000, null, "byte[]",
                    "leakbench.caches.GrowingCacheBenchmark.caches"),
            new Scenario(EventListenerBenchmark.class.getName() + ".leakyNeverUnsubscribed", 50, null, "int[]",
                    "leakbench.listeners.StrongRegistry.listeners"),
            new Scenario(AnonymousClassBenchmark.class.getName() + ".leakyAnonymousClass", 50, null, "byte[]",
                    "this$0"),
            new Scenario(ThreadLocalBenchmark.class.getName() + ".leakyNeverRemoved", 200, null, "byte[]",
                    "Thread.threadLocals"),
            new Scenario(CleanerCaptureBenchmark.class.getName() + ".leakyActionCapturesOwner", 3000, null,
                    "byte[]", "CleanerImpl.phantomCleanableList"),
            new Scenario(ResurrectionBenchmark.class.getName() + ".leakyResurrectingFinalizer", 3000, null,
                    "byte[]", "leakbench.finalizers.Graveyard.saved"),
            new Scenario(FillingBathtubBenchmark.class.getName() + ".leakyFill", 1, "entriesPerStep=2048",
                    "byte[]", "leakbench.gc.FillingBathtubBenchmark.cache"));

    static Stream<Arguments> scenarios() {
        return Stream.of(Collector.G1, Collector.ZGC)
                .flatMap(c -> SCENARIOS.stream().map(s -> Arguments.of(c, s)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("scenarios")
    void pathNamesTheFieldThatKeepsThePayload(Collector collector, Scenario scenario, @TempDir Path dir)
            throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(scenario.benchmark().replace("$", "\\$") + "$")
                .forks(1)
                .warmupIterations(1)
                .warmupBatchSize(scenario.batch())
                .measurementIterations(3)
                .measurementBatchSize(scenario.batch())
                .jvmArgsAppend(collector.jvmArgs().toArray(String[]::new))
                .addProfiler(HeapGrowthProfiler.class, "trace=true;dir=" + dir)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
        if (scenario.param() != null) {
            String[] kv = scenario.param().split("=");
            options.param(kv[0], kv[1]);
        }
        new Runner(options.build()).run();

        JsonNode trace = onlyTrace(dir);
        assertEquals(TraceAnalysis.FORMAT, trace.path("format").asText());
        assertEquals("analysed", trace.path("dump").path("status").asText(), trace.path("dump").toString());
        JsonNode top = trace.path("growingTypes").path(0);
        assertEquals(scenario.type(), top.path("type").asText(), trace.path("growingTypes").toString());
        assertTrue(top.path("instancesPerCall").asDouble() >= 0.9, top.toString());
        double share = trace.path("listedShare").asDouble();
        assertTrue(share > 0.8 && share <= 1.01, "listed types explain " + share + " of the growth");
        String path = trace.path("paths").path(0).path("text").asText();
        assertTrue(path.contains(scenario.field()), "path of " + scenario + " under " + collector
                + " does not name " + scenario.field() + ": " + path);
        JsonNode first = trace.path("paths").path(0);
        assertTrue(first.path("sharing").asInt() * 2 > first.path("sampled").asInt(),
                "most sampled instances share the path: " + first.path("sharing") + " of " + first.path("sampled"));
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".hprof")), "the dump was not removed");
        }
    }

    private static JsonNode onlyTrace(Path dir) throws IOException {
        List<Path> traces;
        try (Stream<Path> files = Files.list(dir)) {
            traces = files.filter(p -> p.getFileName().toString().endsWith(TraceAnalysis.SUFFIX)).toList();
        }
        assertEquals(1, traces.size(), "one trace file per fork: " + traces);
        return new ObjectMapper().readTree(traces.get(0).toFile());
    }
}
