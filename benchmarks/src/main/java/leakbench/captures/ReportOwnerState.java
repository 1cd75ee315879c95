package leakbench.captures;

import java.util.function.Function;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Trial state of the benchmarks whose large owner is a {@link Report}: each operation makes a fresh report,
 * keeps the small object made from it and drops the report, so only what that object captured is retained.
 */
@State(Scope.Thread)
public abstract class ReportOwnerState {
    /** Size of each report's rows: what a capturing variant keeps alive per operation. */
    @Param("65536")
    public int rowBytes;

    private Kept kept;
    private int reports;

    @Setup(Level.Trial)
    public void setUp() {
        kept = new Kept();
        reports = 0;
    }

    /** Makes the next report, keeps what {@code make} builds from it, and returns that. */
    protected <T> T keepFromNextReport(Function<Report, T> make) {
        return kept.keep(make.apply(Report.numbered(++reports, rowBytes)));
    }
}
