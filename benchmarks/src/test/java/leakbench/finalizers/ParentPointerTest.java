package leakbench.finalizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.function.ToIntBiFunction;
import leakbench.testing.Reachability;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;

/**
 * Drives {@link TreeNode} and {@link NodeRegistry}, the code {@code ParentPointerBenchmark} measures. A dropped
 * cycle is collected (a tracing collector does not count references); a registered node with a parent pointer
 * keeps its whole tree; a detached one keeps only itself (still one leaf per call: a smaller leak); a node
 * registered only while it is used and then unregistered keeps nothing.
 */
class ParentPointerTest {
    private static final int TREES = 100;
    private static final int FANOUT = 8;
    private static final int PAYLOAD_SIZE = 1024;

    @Test
    void aDroppedTwoNodeCycleIsCollected() {
        Reachability.assertCollected(dropTwoNodeCycle(), "a dropped cycle a.ref = b, b.ref = a");
    }

    @Test
    void aDroppedTreeOfCyclesIsCollected() {
        Reachability.assertCollected(new WeakReference<>(TreeNode.grow(FANOUT, PAYLOAD_SIZE)), "a dropped tree");
    }

    @Test
    void leakyAttachedLeafKeepsItsWholeTree() {
        NodeRegistry registry = new NodeRegistry();
        WeakReference<byte[]> root = registerTrees(registry, NodeRegistry::registerAttachedLeaf, TREES);
        Reachability.assertRetained(root, "the root of a tree whose leaf was registered attached");
    }

    @Test
    void fixedUnregisterWhenDoneKeepsNothing() {
        NodeRegistry registry = new NodeRegistry();
        WeakReference<byte[]> root = registerTrees(registry, NodeRegistry::registerWhileUsed, TREES);
        Reachability.assertCollected(root, "the root of a tree whose leaf was registered while used");
        assertEquals(0, registry.size(), "the registry is empty once every leaf has been unregistered");
    }

    @Test
    void fixedRegistryDoesNotGrow() {
        long[] perTree = growthPerTree(NodeRegistry::registerWhileUsed);
        assertEquals(0, perTree[0], "registering while used keeps nothing per tree");
        assertEquals(0, perTree[1], "registering while used keeps nothing per tree");
    }

    @Test
    void detachedLeafLetsItsTreeGo() {
        NodeRegistry registry = new NodeRegistry();
        WeakReference<byte[]> root = registerTrees(registry, NodeRegistry::registerDetachedLeaf, TREES);
        Reachability.assertCollected(root, "the root of a tree whose leaf was registered detached");
        assertEquals(TREES, registry.size(), "the registry still keeps every leaf it was given");
    }

    @Test
    void detachBreaksBothLinks() {
        TreeNode root = TreeNode.grow(2, 1);
        TreeNode leaf = root.children().get(0);
        assertSame(root, leaf.parent());
        leaf.detach();
        assertNull(leaf.parent());
        assertEquals(1, root.children().size());
    }

    @Test
    void leakyRegistryGrowsByAWholeTreePerOperation() {
        long[] perTree = growthPerTree(NodeRegistry::registerAttachedLeaf);
        assertTrue(perTree[0] >= (FANOUT + 1L) * PAYLOAD_SIZE, "each registration keeps a whole tree, was "
                + perTree[0] + " B");
        assertEquals(perTree[0], perTree[1], perTree[0] / 20.0, "growth per tree should be constant");
    }

    @Test
    void detachedLeafRegistryStillGrowsByOneLeafPerOperation() {
        long[] perTree = growthPerTree(NodeRegistry::registerDetachedLeaf);
        // One leaf: its payload plus a few small objects, far less than the two payloads of a leaf and its root.
        assertTrue(perTree[0] >= PAYLOAD_SIZE && perTree[0] < 2L * PAYLOAD_SIZE,
                "each registration should keep one leaf, was " + perTree[0] + " B");
        assertEquals(perTree[0], perTree[1], perTree[0] / 20.0, "growth per tree should be constant");
    }

    /** Deep size of a registry at N, 2N, 4N registrations: growth per tree over the first and second step. */
    private static long[] growthPerTree(ToIntBiFunction<NodeRegistry, TreeNode> register) {
        NodeRegistry registry = new NodeRegistry();
        long[] sizes = new long[3];
        for (int step = 0, total = 0; step < sizes.length; step++) {
            int more = TREES << step;
            registerTrees(registry, register, more - total);
            total = more;
            sizes[step] = GraphLayout.parseInstance(registry).totalSize();
        }
        return new long[] {(sizes[1] - sizes[0]) / TREES, (sizes[2] - sizes[1]) / (2L * TREES)};
    }

    private static WeakReference<TreeNode> dropTwoNodeCycle() {
        TreeNode a = new TreeNode(PAYLOAD_SIZE);
        TreeNode b = a.adopt(new TreeNode(PAYLOAD_SIZE));
        assertSame(a, b.parent());
        return new WeakReference<>(a);
    }

    /** Registers a leaf of each new tree; returns a weak reference to the first tree's root payload. */
    private static WeakReference<byte[]> registerTrees(NodeRegistry registry,
            ToIntBiFunction<NodeRegistry, TreeNode> register, int count) {
        TreeNode firstRoot = TreeNode.grow(FANOUT, PAYLOAD_SIZE);
        WeakReference<byte[]> rootPayload = new WeakReference<>(firstRoot.payload());
        register.applyAsInt(registry, firstRoot);
        for (int i = 1; i < count; i++) {
            register.applyAsInt(registry, TreeNode.grow(FANOUT, PAYLOAD_SIZE));
        }
        return rootPayload;
    }
}
