package leakbench.matrix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether a JDK has a collector, asked the JDK itself ({@code java -XX:+UseShenandoahGC -version}): some
 * builds leave Shenandoah or ZGC out, and the matrix records such a cell as unsupported instead of failing.
 */
final class CollectorProbe {
    private final Map<String, Optional<String>> answers = new HashMap<>();

    /** Empty when supported; otherwise the JVM's own first line of complaint. */
    Optional<String> problem(Jdk jdk, Collector collector) throws InterruptedException {
        String key = jdk.home() + " " + collector;
        Optional<String> known = answers.get(key);
        if (known != null) {
            return known;
        }
        Optional<String> answer = ask(jdk, collector);
        answers.put(key, answer);
        return answer;
    }

    private static Optional<String> ask(Jdk jdk, Collector collector) throws InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(jdk.java().toString());
        command.addAll(collector.flags(jdk.major()));
        command.add("-version");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.of("java -version did not finish");
            }
            if (process.exitValue() == 0) {
                return Optional.empty();
            }
            String first = output.lines().filter(l -> !l.isBlank()).findFirst().orElse("exit status " + process.exitValue());
            return Optional.of("JDK " + jdk.version() + " has no " + collector.label() + " (" + first.strip() + ")");
        } catch (IOException e) {
            return Optional.of("could not start " + jdk.java() + ": " + e.getMessage());
        }
    }
}
