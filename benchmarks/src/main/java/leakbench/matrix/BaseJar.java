package leakbench.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/**
 * The benchmarks a base jar holds, read from its {@code META-INF/BenchmarkList} without running it. A list this
 * JMH cannot parse (a much older JMH wrote it) gives {@code null}: every unit is then tried on the base.
 */
final class BaseJar {
    private BaseJar() {
    }

    static Set<String> benchmarks(Path jar) throws UsageException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry list = zip.getEntry(MatrixArgs.BASE_BENCHMARK_LIST);
            if (list == null) {
                throw new UsageException("--compare-with " + jar + ": not a JMH jar (no " + MatrixArgs.BASE_BENCHMARK_LIST + ")");
            }
            Set<String> names = new TreeSet<>();
            try (InputStream in = zip.getInputStream(list)) {
                for (BenchmarkListEntry entry : BenchmarkList.readBenchmarkList(in)) {
                    names.add(entry.getUsername());
                }
            } catch (RuntimeException e) {
                return null;
            }
            return names;
        } catch (IOException e) {
            throw new UsageException("--compare-with " + jar + ": cannot read its benchmark list (" + e.getMessage() + ")");
        }
    }
}
