package leakbench.analysis.report;

import java.nio.file.Path;

/**
 * Finds the pause lists GcPauseProfiler writes with {@code dir=PATH} for a result set.
 *
 * <p>Not yet connected: the profiler's pause-list format was not published when this was written, so no files
 * are read and the report says that MMU could not be computed.
 */
public final class PauseListFiles {

    private PauseListFiles() {
    }

    public static PauseLists beside(Path results) {
        return PauseLists.NONE;
    }
}
