package leakbench.analysis.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.JsonNode;

import leakbench.analysis.model.BenchmarkResult;
import leakbench.analysis.model.GcCell;

/**
 * The heap of a result as a multiple of its benchmark's minimum heap, from the matrix's {@code run.json} beside the
 * results: the cell's own multiple where it was asked as one ({@code --heap 2x}), else the cell's {@code -Xmx} over
 * the {@code --min-heap} search's minimum for that benchmark, collector and JDK. Unknown without either.
 */
final class HeapMultiples {

    private record MinHeap(String benchmark, String collector, String jdk, long bytes) {
    }

    private record NominalCell(String benchmark, String collector, String jdk, long heapBytes, double multiple) {
    }

    private final List<MinHeap> minHeaps = new ArrayList<>();
    private final List<NominalCell> cells = new ArrayList<>();

    private HeapMultiples(JsonNode run) {
        for (JsonNode m : run.path("minHeap")) {
            if (m.path("outcome").asText("").equals("ok") && m.path("bytes").asLong(0) > 0) {
                minHeaps.add(new MinHeap(m.path("benchmark").asText(""), m.path("collector").asText(""),
                        m.path("jdk").asText(""), m.path("bytes").asLong()));
            }
        }
        for (JsonNode c : run.path("cells")) {
            String heap = c.path("heap").asText("");
            if (heap.endsWith("x") && c.path("heapBytes").asLong(0) > 0) {
                try {
                    cells.add(new NominalCell(c.path("benchmark").asText(""), c.path("collector").asText(""),
                            c.path("jdk").asText(""), c.path("heapBytes").asLong(),
                            Double.parseDouble(heap.substring(0, heap.length() - 1))));
                } catch (NumberFormatException e) {
                    // not a multiple after all: the -Xmx over the minimum heap is used instead
                }
            }
        }
    }

    static HeapMultiples beside(Path results, List<String> notes) {
        return new HeapMultiples(EnvironmentReader.runJson(results, notes));
    }

    /** The result's heap over its minimum heap; empty when run.json does not tell. */
    OptionalDouble of(BenchmarkResult r) {
        GcCell cell = r.gcCell();
        long heap = Units.heapBytes(cell.maxHeap()).orElse(-1);
        String collector = cell.collector().toLowerCase(Locale.ROOT).split(" ")[0];
        String jdk = "jdk" + cell.jdkFeature();
        for (NominalCell c : cells) {
            if (c.benchmark().equals(r.benchmark()) && c.collector().equals(collector) && c.jdk().equals(jdk)
                    && c.heapBytes() == heap) {
                return OptionalDouble.of(c.multiple());
            }
        }
        for (MinHeap m : minHeaps) {
            if (heap > 0 && m.benchmark().equals(r.benchmark()) && m.collector().equals(collector)
                    && m.jdk().equals(jdk)) {
                return OptionalDouble.of((double) heap / m.bytes());
            }
        }
        return OptionalDouble.empty();
    }
}
