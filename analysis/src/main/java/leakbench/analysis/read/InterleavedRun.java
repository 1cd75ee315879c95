package leakbench.analysis.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Recognises the two sides of one interleaved run ({@code benchmarks.jar --compare-with BASE_JAR --out DIR}):
 * {@code DIR/base/results.json} and {@code DIR/candidate/results.json} beside {@code DIR/run.json}, whose
 * {@code forks} record every fork's side, pair and position. The launcher writes only finished pairs, both forks
 * at once, so in every result fork k of the base and fork k of the candidate are pair k.
 */
public final class InterleavedRun {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private InterleavedRun() {
    }

    /** Whether {@code base} and {@code candidate} (results files) are the two sides of one interleaved run. */
    public static boolean paired(Path base, Path candidate) {
        Optional<Path> run = runJsonOf(base);
        return run.isPresent() && run.equals(runJsonOf(candidate))
                && base.toAbsolutePath().normalize().getParent().getFileName().toString().equals("base")
                && candidate.toAbsolutePath().normalize().getParent().getFileName().toString().equals("candidate");
    }

    /** {@code DIR/run.json} of an interleaved run that {@code results} (a side's results.json) belongs to. */
    static Optional<Path> runJsonOf(Path results) {
        Path side = results.toAbsolutePath().normalize().getParent();
        if (side == null || side.getParent() == null) {
            return Optional.empty();
        }
        Path run = side.getParent().resolve(JmhResultReader.RUN_FILE);
        try {
            if (Files.isRegularFile(run)) {
                JsonNode node = MAPPER.readTree(run.toFile());
                if (node.path("forks").isArray() && node.path("compare").isObject()) {
                    return Optional.of(run);
                }
            }
        } catch (IOException e) {
            // not a readable run.json: not an interleaved run
        }
        return Optional.empty();
    }
}
