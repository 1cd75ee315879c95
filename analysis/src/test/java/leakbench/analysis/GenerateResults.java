package leakbench.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a large JMH-shaped result file for the report's speed check (and never for correctness tests: its numbers
 * are generated). Shape as the suite's retention benchmarks with both profilers: single-shot, batch 1000, 2 forks of
 * 2 warmup and 5 measurement iterations, over collectors x heaps x JDKs.
 *
 * <p>{@code java -cp analysis/target/test-classes:analysis/target/analysis.jar leakbench.analysis.GenerateResults
 * /tmp/big/results.json 20}
 */
public final class GenerateResults {

    private static final String[] COLLECTOR_FLAGS = {"-XX:+UseG1GC", "-XX:+UseZGC", "-XX:+UseParallelGC",
        "-XX:+UseShenandoahGC"};
    private static final String[] HEAPS = {"512m", "2g"};
    private static final String[] JDKS = {"17.0.15", "25.0.3"};
    private static final int FORKS = 2;
    private static final int ITERATIONS = 5;
    private static final int BATCH = 1000;

    private GenerateResults() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long targetBytes = Long.parseLong(args[1]) * 1024 * 1024;
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        Random random = new Random(42);
        try (OutputStream stream = Files.newOutputStream(out);
             JsonGenerator g = new JsonFactory().createGenerator(stream, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (int scenario = 0; Files.size(out) + g.getOutputBuffered() < targetBytes; scenario++) {
                for (String variant : new String[] {"leakyUnbounded", "fixedBounded"}) {
                    for (String jdk : JDKS) {
                        for (String collector : COLLECTOR_FLAGS) {
                            for (String heap : HEAPS) {
                                entry(g, random, "leakbench.generated.Scenario" + scenario + "Benchmark." + variant,
                                        variant.startsWith("leaky") ? 200 + scenario % 50 * 40 : 0, collector, heap,
                                        jdk);
                            }
                        }
                    }
                }
                g.flush();
            }
            g.writeEndArray();
        }
    }

    private static void entry(JsonGenerator g, Random random, String benchmark, double bytesPerCall,
                              String collector, String heap, String jdk) throws IOException {
        g.writeStartObject();
        g.writeStringField("jmhVersion", "1.37");
        g.writeStringField("benchmark", benchmark);
        g.writeStringField("mode", "ss");
        g.writeNumberField("threads", 1);
        g.writeNumberField("forks", FORKS);
        g.writeStringField("jvm", "/usr/lib/jvm/" + jdk + "/bin/java");
        g.writeArrayFieldStart("jvmArgs");
        g.writeString(collector);
        g.writeString("-Xms" + heap);
        g.writeString("-Xmx" + heap);
        g.writeEndArray();
        g.writeStringField("jdkVersion", jdk);
        g.writeStringField("vmName", "OpenJDK 64-Bit Server VM");
        g.writeStringField("vmVersion", jdk + "+6");
        g.writeNumberField("warmupIterations", 2);
        g.writeStringField("warmupTime", "single-shot");
        g.writeNumberField("warmupBatchSize", BATCH);
        g.writeNumberField("measurementIterations", ITERATIONS);
        g.writeStringField("measurementTime", "single-shot");
        g.writeNumberField("measurementBatchSize", BATCH);
        g.writeObjectFieldStart("params");
        g.writeStringField("size", "1024");
        g.writeEndObject();
        double secondsPerBatch = 0.2 + random.nextDouble() * 0.2;
        metric(g, "primaryMetric", "ms/op", i -> secondsPerBatch * 1000 * (1 + 0.1 * random.nextGaussian()));
        g.writeObjectFieldStart("secondaryMetrics");
        metric(g, "gc.alloc.rate.norm", "B/op", i -> (bytesPerCall + 64) * BATCH + random.nextInt(100));
        metric(g, "heap.retained", "B", i -> 20e6 + bytesPerCall * BATCH * (3 + i % ITERATIONS)
                + 50_000 * random.nextGaussian());
        metric(g, "heap.retained.norm", "B/op", i -> bytesPerCall * BATCH + 50 * random.nextGaussian());
        double pause = collector.contains("ZGC") || collector.contains("Shenandoah") ? 0.05 : 2 + random.nextInt(3);
        metric(g, "gc.pause.count", "#", i -> 3 + random.nextInt(5));
        metric(g, "gc.pause.total", "ms", i -> pause * (3 + random.nextInt(5)));
        metric(g, "gc.pause.p50", "ms", i -> pause * (0.8 + 0.4 * random.nextDouble()));
        metric(g, "gc.pause.p99", "ms", i -> pause * (2 + random.nextDouble()));
        metric(g, "gc.pause.max", "ms", i -> pause * (2.5 + random.nextDouble()));
        metric(g, "gc.concurrent.time", "ms", i -> pause < 1 ? 5 + random.nextDouble() * 5 : 0);
        g.writeEndObject();
        g.writeEndObject();
    }

    private interface Value {
        double at(int index);
    }

    private static void metric(JsonGenerator g, String name, String unit, Value value) throws IOException {
        double[] values = new double[FORKS * ITERATIONS];
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            values[i] = value.at(i);
            sum += values[i];
        }
        g.writeObjectFieldStart(name);
        g.writeNumberField("score", sum / values.length);
        g.writeStringField("scoreError", "NaN");
        g.writeArrayFieldStart("scoreConfidence");
        g.writeNumber(sum / values.length);
        g.writeNumber(sum / values.length);
        g.writeEndArray();
        g.writeStringField("scoreUnit", unit);
        g.writeArrayFieldStart("rawData");
        for (int f = 0; f < FORKS; f++) {
            g.writeStartArray();
            for (int i = 0; i < ITERATIONS; i++) {
                g.writeNumber(values[f * ITERATIONS + i]);
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
