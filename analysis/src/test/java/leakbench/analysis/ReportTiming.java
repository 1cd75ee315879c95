package leakbench.analysis;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import leakbench.analysis.model.ResultSet;
import leakbench.analysis.read.JmhResultReader;
import leakbench.analysis.render.Renderer;
import leakbench.analysis.render.ReportFiles;
import leakbench.analysis.render.ReportFormat;
import leakbench.analysis.report.Report;
import leakbench.analysis.report.ReportBuilder;

/**
 * Where a report's time goes, for the speed check (never a test: it only prints): reading, building the report,
 * rendering each format, writing, in one JVM, first run (cold, as the command runs it) then warm runs.
 *
 * <p>{@code java -Xmx512m -cp analysis/target/test-classes:analysis/target/analysis.jar
 * leakbench.analysis.ReportTiming /tmp/big/results.json /tmp/big/out 3}
 */
public final class ReportTiming {

    private ReportTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        for (int run = 1; run <= runs; run++) {
            long t0 = System.nanoTime();
            ResultSet set = new JmhResultReader().read(results);
            long t1 = System.nanoTime();
            Report report = ReportBuilder.build(set);
            long t2 = System.nanoTime();
            StringBuilder line = new StringBuilder("run " + run + ": read " + ms(t0, t1) + ", build " + ms(t1, t2));
            Map<String, String> all = new java.util.LinkedHashMap<>();
            for (ReportFormat format : List.of(ReportFormat.MD, ReportFormat.HTML, ReportFormat.JSON)) {
                long a = System.nanoTime();
                all.putAll(Renderer.render(report, EnumSet.of(format)));
                line.append(", ").append(format.fileName()).append(' ').append(ms(a, System.nanoTime()));
            }
            long t3 = System.nanoTime();
            ReportFiles.write(out, all);
            line.append(", write ").append(ms(t3, System.nanoTime())).append("; total ").append(ms(t0, System.nanoTime()));
            System.out.println(line);
        }
    }

    private static String ms(long from, long to) {
        return (to - from) / 1_000_000 + " ms";
    }
}
