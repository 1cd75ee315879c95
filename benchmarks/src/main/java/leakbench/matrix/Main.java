package leakbench.matrix;

/**
 * Entry point of {@code benchmarks.jar}. For now it is JMH's own launcher, so every JMH option works;
 * the GC matrix options are added on top of it by the matrix launcher.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(args);
    }
}
