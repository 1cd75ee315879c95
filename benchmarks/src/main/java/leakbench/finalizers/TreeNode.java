package leakbench.finalizers;

import java.util.ArrayList;
import java.util.List;

/**
 * A tree node with a back-pointer to its parent: every parent/child pair is a reference cycle, the seed's
 * {@code a.ref = b; b.ref = a}. A tracing collector reclaims a dropped cycle like any other garbage; the
 * back-pointer matters only when one node stays reachable, because through it the whole tree does.
 */
public final class TreeNode {
    private final byte[] payload;
    private final List<TreeNode> children = new ArrayList<>();
    private TreeNode parent;

    public TreeNode(int payloadSize) {
        this.payload = new byte[payloadSize];
    }

    /** A root with {@code fanout} children, each node carrying {@code payloadSize} bytes. */
    public static TreeNode grow(int fanout, int payloadSize) {
        if (fanout < 1) {
            throw new IllegalArgumentException("fanout must be at least 1 (a tree needs a leaf), was " + fanout);
        }
        TreeNode root = new TreeNode(payloadSize);
        for (int i = 0; i < fanout; i++) {
            root.adopt(new TreeNode(payloadSize));
        }
        return root;
    }

    public TreeNode adopt(TreeNode child) {
        child.parent = this;
        children.add(child);
        return child;
    }

    /** The seed's "Break cycles: obj.parent = None": unlinks this node from its parent, both ways. */
    public TreeNode detach() {
        if (parent != null) {
            parent.children.remove(this);
            parent = null;
        }
        return this;
    }

    public TreeNode parent() {
        return parent;
    }

    public List<TreeNode> children() {
        return children;
    }

    public byte[] payload() {
        return payload;
    }
}
