package leakbench.analysis.model;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All results read from one JMH result file.
 *
 * @param source  the file that was read (a directory argument resolves to its {@code results.json})
 * @param results entries in file order; never empty
 * @param machine the {@code machine} object of a {@code run.json} beside the file (written by the matrix launcher:
 *                {@code cores}, {@code memoryBytes}, {@code os}, {@code osVersion}, {@code arch}, {@code launcherJdk}),
 *                values as text; empty when there is no readable {@code run.json}
 */
public record ResultSet(Path source, List<BenchmarkResult> results, Map<String, String> machine) {

    public ResultSet {
        results = List.copyOf(results);
        machine = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(machine));
    }
}
