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

    public int size() {
        return nodes.size();
    }
}
