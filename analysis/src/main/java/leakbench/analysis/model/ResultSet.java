package leakbench.analysis.model;

import java.nio.file.Path;
import java.util.List;

/**
 * All results read from one JMH result file.
 *
 * @param source  the file that was read (a directory argument resolves to its {@code results.json})
 * @param results entries in file order; never empty
 */
public record ResultSet(Path source, List<BenchmarkResult> results) {

    public ResultSet {
        results = List.copyOf(results);
    }
}
