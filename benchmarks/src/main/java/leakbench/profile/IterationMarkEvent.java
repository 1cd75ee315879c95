package leakbench.profile;

import jdk.jfr.Category;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A JFR event marking the start or end of a measured window. Its timestamp bounds the window on JFR's own
 * clock, and its arrival through the stream proves that every GC event committed before it has arrived too.
 */
@Name(IterationMarkEvent.NAME)
@Label("Iteration mark")
@Category("leakbench")
@StackTrace(false)
final class IterationMarkEvent extends jdk.jfr.Event {
    static final String NAME = "leakbench.IterationMark";

    @Label("Sequence")
    long sequence;
}
