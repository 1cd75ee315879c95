package leakbench.finalizers;

import java.util.ArrayList;
import java.util.List;

/**
 * A long-lived registry that keeps the nodes handed to it (an index of "interesting" leaves, say). It means to
 * keep one node per registration; what it really keeps is everything reachable from that node.
 */
public final class NodeRegistry {
    private final List<TreeNode> nodes = new ArrayList<>();

    public int register(TreeNode node) {
        nodes.add(node);
        return nodes.size();
    }

    /** Leaky: keeps the root's first child still attached, and through its parent pointer the whole tree. */
    public int registerAttachedLeaf(TreeNode root) {
        return register(root.children().get(0));
    }

    /** Fixed: breaks the cycle first (the seed's {@code obj.parent = None}), so only the leaf is kept. */
    public int registerDetachedLeaf(TreeNode root) {
        return register(root.children().get(0).detach());
    }

    /**
     * Fixed: the registration lasts as long as the leaf is used (here: counting the registry's leaves' payload
     * bytes while it is registered) and ends in {@code finally}, the seed's explicit cleanup.
     */
    public int registerWhileUsed(TreeNode root) {
        TreeNode leaf = root.children().get(0).detach();
        register(leaf);
        try {
            return nodes.size() + leaf.payload().length;
        } finally {
            unregister(leaf);
        }
    }

    /** Removes the most recent registration of {@code node} (searched from the end: it is usually the last). */
    public void unregister(TreeNode node) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i) == node) {
                nodes.remove(i);
                return;
            }
        }
    }

    public int size() {
        return nodes.size();
    }
}
