package leakbench.profile;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A JFR event spanning one {@link FullCollection#run()}. {@link GcPauseProfiler} leaves out every pause that
 * starts inside such a span, so collections forced to measure the heap never count as the benchmark's
 * pauses, whatever order the profilers were given in. JFR timestamps pauses and this span with the same
 * clock, so the comparison is exact. Costs nothing when no recording enables it.
 */
@Name(ForcedCollectionEvent.NAME)
@Label("Forced full collection")
@Category("leakbench")
@Description("A verified full collection forced by leakbench (not the benchmark's own GC work)")
@StackTrace(false)
final class ForcedCollectionEvent extends Event {
    static final String NAME = "leakbench.ForcedCollection";
}
