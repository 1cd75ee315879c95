package leakbench.matrix;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The machine and source revision a run describes, for {@code run.json}. */
final class Environment {
    private Environment() {
    }

    static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            machine.put("memoryBytes", os.getTotalMemorySize());
        }
        machine.put("os", System.getProperty("os.name"));
        machine.put("osVersion", System.getProperty("os.version"));
        machine.put("arch", System.getProperty("os.arch"));
        machine.put("launcherJdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        return machine;
    }

    /** The file's SHA-256 in hex: which build of a jar a result set measured. */
    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Commit and whether the work tree had changes, or {@code null} outside a git checkout. */
    static Map<String, Object> git() {
        String commit = gitOutput("rev-parse", "HEAD");
        if (commit == null || commit.isBlank()) {
            return null;
        }
        Map<String, Object> git = new LinkedHashMap<>();
        git.put("commit", commit.strip());
        String status = gitOutput("status", "--porcelain", "--untracked-files=no");
        if (status != null) {
            git.put("dirty", !status.isBlank());
        }
        return git;
    }

    private static String gitOutput(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            return process.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
