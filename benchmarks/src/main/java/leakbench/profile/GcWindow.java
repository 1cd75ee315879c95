package leakbench.profile;

import java.time.Duration;
import java.util.List;

/**
 * The GC work of one measured window: the benchmark's pauses (forced collections left out), the summed
 * duration of concurrent phases, and the collections known so far (for naming the pauses).
 */
record GcWindow(List<GcPause> pauses, Duration concurrent, List<GcCollection> collections) {
}
