package leakbench.matrix;

import java.nio.file.Path;

/** A JDK a cell runs on: its home, its full version ({@code 25.0.3}) and feature release ({@code 25}). */
record Jdk(String requested, Path home, String version, int major) {
    Path java() {
        return home.resolve("bin").resolve("java");
    }

    /** Short name used in progress lines and file names: {@code jdk25}. */
    String label() {
        return "jdk" + major;
    }
}
