package leakbench.analysis.report;

import java.util.List;

/**
 * What a report describes: every value as the result files recorded it ({@code "not recorded"} where they do not).
 *
 * @param source        the results file
 * @param results       number of results in it
 * @param jmhVersions   distinct JMH versions
 * @param jdks          distinct JDKs, version and VM name
 * @param collectors    distinct collectors
 * @param heaps         distinct maximum heap sizes
 * @param cores         cores of the machine that ran the results (from {@code run.json})
 * @param date          when the run started (from {@code run.json}; a merged one has only its end), else when the
 *                      results file was last written
 * @param commit        the source commit (from {@code run.json})
 * @param failedCells   cells of {@code run.json} that did not end ok, with their outcome
 */
public record Environment(String source, int results, List<String> jmhVersions, List<String> jdks,
                          List<String> collectors, List<String> heaps, String cores, String date, String commit,
                          List<String> failedCells) {

    public static final String NOT_RECORDED = "not recorded";

    public Environment {
        jmhVersions = List.copyOf(jmhVersions);
        jdks = List.copyOf(jdks);
        collectors = List.copyOf(collectors);
        heaps = List.copyOf(heaps);
        failedCells = List.copyOf(failedCells);
    }
}
