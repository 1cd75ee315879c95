package leakbench.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;

class LiveSetTest {
    private static final long MEGABYTE = 1024 * 1024;

    @Test
    void deepSizeMatchesTheRequestedMegabytes() {
        LiveSet liveSet = LiveSet.ofMegabytes(8, 42);
        long size = GraphLayout.parseInstance(liveSet).totalSize();
        assertEquals(8 * MEGABYTE, size, 0.1 * 8 * MEGABYTE, "an 8 MB live set measured " + size + " B");
    }

    @Test
    void sizeScalesWithTheRequest() {
        long small = GraphLayout.parseInstance(LiveSet.ofMegabytes(2, 42)).totalSize();
        long large = GraphLayout.parseInstance(LiveSet.ofMegabytes(8, 42)).totalSize();
        assertEquals(4.0, (double) large / small, 0.1);
    }

    @Test
    void rejectsANegativeSize() {
        assertThrows(IllegalArgumentException.class, () -> LiveSet.ofMegabytes(-1, 42));
    }
}
