package leakbench.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Allocation is counted in bytes by the JVM (no timing): the growing list allocates more, for the same list. */
class ListGrowthTest {
    private static final int SIZE = 1000;
    private static final int CALLS = 1000;

    private static final Integer[] VALUES = new Random(42).ints(SIZE).boxed().toArray(Integer[]::new);

    @Test
    void bothWaysBuildTheSameList() {
        assertEquals(Arrays.asList(VALUES), Sequences.growingList(VALUES));
        assertEquals(Arrays.asList(VALUES), Sequences.preSizedList(VALUES));
    }

    @Test
    void theGrowingListAllocatesMoreThanTwiceWhatThePreSizedOneDoes() {
        long growing = bytesAllocatedBy(Sequences::growingList);
        long preSized = bytesAllocatedBy(Sequences::preSizedList);
        // n references pre-sized; about 3.7 n references' worth of arrays growing from 10 by half each time.
        assertTrue(growing > 2 * preSized, "growing " + growing + " B vs pre-sized " + preSized + " B per call");
    }

    /** Bytes this thread allocated per call, averaged over {@link #CALLS} calls. */
    private static long bytesAllocatedBy(Function<Integer[], List<Integer>> build) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "this JVM does not count allocated bytes");
        long checksum = 0;
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < CALLS; i++) {
            checksum += build.apply(VALUES).size();
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals((long) SIZE * CALLS, checksum);
        return allocated / CALLS;
    }
}
