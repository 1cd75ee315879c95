package leakbench.finalizers;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reference cycles: harmless to a tracing collector, costly when one node of the cycle stays reachable.
 *
 * <p>Seed idiom (Circular References): {@code a.ref = b; b.ref = a}, "Cycle keeps both alive", and the fix
 * "Break cycles: {@code obj.parent = None}". In CPython reference counting never frees a cycle (the cycle
 * collector must); the JVM's collectors trace from the roots, so a dropped cycle is ordinary garbage
 * ({@code droppedCycle}: build a tree whose parent/child pairs are cycles and drop it; the tests show it is
 * collected). The Java leak is the back-pointer: keep one node and you keep everything reachable from it.
 *
 * <ul>
 *   <li>{@code leakyRegisterAttachedLeaf}: each operation grows a tree (a root and 8 children, 1 KB payload
 *       each) and registers one leaf in a long-lived {@link NodeRegistry}. The leaf's parent pointer keeps
 *       the root, the root keeps every child: the registry holds the whole tree, about 9 KB per operation.</li>
 *   <li>{@code leakyRegisterDetachedLeaf}: the leaf is detached first (parent pointer and child link
 *       cleared, the seed's fix), so the registry holds only what it meant to keep, the leaf: about 1 KB per
 *       operation. Breaking the cycle shrinks the leak to a ninth; it does not end it, because the registry
 *       still keeps every leaf it is given. Hence {@code leaky}: a smaller leak, not a repair.</li>
 *   <li>{@code fixedUnregisterWhenDone}: the repair of the registry itself, explicit cleanup: the detached leaf
 *       is registered only while it is used and unregistered in {@code finally}, so the registry stays empty
 *       between operations and nothing grows.</li>
 * </ul>
 *
 * <p>SingleShotTime over a batch of 1,000 trees, state kept across iterations: the leaky registry reaches about
 * 65 MB after 7 iterations, in a 512 MB heap. Show the difference with
 * {@code java -jar benchmarks/target/benchmarks.jar ParentPointerBenchmark -prof leakbench.profile.HeapGrowthProfiler};
 * sweep the tree with {@code -p fanout=2,8,64}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, batchSize = 1_000)
@Measurement(iterations = 5, batchSize = 1_000)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@State(Scope.Thread)
public class ParentPointerBenchmark {
    @Param("8")
    public int fanout;

    @Param("1024")
    public int payloadSize;

    private NodeRegistry registry;

    @Setup(Level.Trial)
    public void setUp() {
        registry = new NodeRegistry();
    }

    @Benchmark
    public int leakyRegisterAttachedLeaf() {
        return registry.registerAttachedLeaf(TreeNode.grow(fanout, payloadSize));
    }

    @Benchmark
    public int leakyRegisterDetachedLeaf() {
        return registry.registerDetachedLeaf(TreeNode.grow(fanout, payloadSize));
    }

    @Benchmark
    public int fixedUnregisterWhenDone() {
        return registry.registerWhileUsed(TreeNode.grow(fanout, payloadSize));
    }

    @Benchmark
    public TreeNode droppedCycle() {
        return TreeNode.grow(fanout, payloadSize);
    }
}
