package leakbench.analysis.report;

import java.util.List;

import leakbench.analysis.model.BenchmarkResult;

/** The full pause lists of a result's forks, where a profiler wrote them; an empty list where none exist. */
@FunctionalInterface
public interface PauseLists {

    PauseLists NONE = r -> List.of();

    /** Per fork, its pauses during measurement. */
    List<List<Pause>> forks(BenchmarkResult result);
}
