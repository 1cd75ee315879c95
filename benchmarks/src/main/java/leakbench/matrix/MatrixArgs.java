package leakbench.matrix;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Separates the matrix options from JMH's and validates both before anything runs.
 *
 * <p>A hand parser rather than picocli: JMH's options are parsed by jopt-simple and include single-dash
 * names with values ({@code -f 1}, {@code -p k=v}) and bare regexes, so picocli would have to know every JMH
 * option's arity to leave them alone. The matrix options all start with {@code --} and JMH has none of those
 * names in that spelling, so picking them out is a simple scan; everything else is handed, in order, to
 * JMH's own parser. Note {@code -gc true} (single dash) stays JMH's "force GC between iterations".
 */
final class MatrixArgs {
    private static final Set<String> FLAGS = Set.of("--quick", "--min-heap");
    private static final Set<String> VALUED = Set.of("--gc", "--heap", "--young", "--jdk", "--out", "--shard", "--timeout",
            "--compare-with", "--pairs", "--jar");
    private static final String MERGE = "--merge";

    private MatrixArgs() {
    }

    /** True when {@code args} holds any matrix option; otherwise the launcher is plain JMH. */
    static boolean isMatrix(String[] args) {
        for (String arg : args) {
            String name = optionName(arg);
            if (FLAGS.contains(name) || VALUED.contains(name) || MERGE.equals(name)) {
                return true;
            }
        }
        return false;
    }

    static MatrixOptions parse(String[] args, JdkFinder jdkFinder, LocalDateTime now) throws UsageException {
        List<String> jmhArgs = new ArrayList<>();
        List<Collector> collectors = new ArrayList<>();
        List<HeapSpec> heaps = new ArrayList<>();
        List<Long> young = new ArrayList<>();
        List<String> jdkSpecs = new ArrayList<>();
        List<Path> mergeSources = new ArrayList<>();
        Path out = null;
        Path otherJar = null;
        Shard shard = Shard.WHOLE;
        Duration timeout = null;
        boolean quick = false;
        boolean minHeap = false;
        Path compareWith = null;
        Integer pairs = null;

        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = optionName(arg);
            if (FLAGS.contains(name)) {
                if (!name.equals(arg)) {
                    throw new UsageException(name + " takes no value");
                }
                quick |= name.equals("--quick");
                minHeap |= name.equals("--min-heap");
            } else if (MERGE.equals(name)) {
                while (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                    mergeSources.add(Path.of(args[++i]));
                }
                if (mergeSources.isEmpty()) {
                    throw new UsageException("--merge needs one or more result directories");
                }
            } else if (VALUED.contains(name)) {
                String value;
                if (arg.length() > name.length()) {
                    value = arg.substring(name.length() + 1);
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    value = args[++i];
                } else {
                    throw new UsageException(name + " needs a value");
                }
                switch (name) {
                    case "--gc" -> {
                        for (String item : list(name, value)) {
                            collectors.add(Collector.parse(item));
                        }
                    }
                    case "--heap" -> {
                        for (String item : list(name, value)) {
                            heaps.add(HeapSpec.parse(item));
                        }
                    }
                    case "--young" -> {
                        for (String item : list(name, value)) {
                            young.add(Size.parse(name, item));
                        }
                    }
                    case "--jdk" -> jdkSpecs.addAll(list(name, value));
                    case "--out" -> out = Path.of(value);
                    case "--jar" -> otherJar = Path.of(value);
                    case "--shard" -> shard = Shard.parse(value);
                    case "--timeout" -> timeout = parseDuration(value);
                    case "--compare-with" -> compareWith = Path.of(value);
                    case "--pairs" -> pairs = parsePairs(value);
                    default -> throw new IllegalStateException(name);
                }
            } else {
                jmhArgs.add(arg);
            }
        }

        checkYoungBelowHeap(young, heaps);
        CommandLineOptions jmh = parseJmh(jmhArgs);
        if (!collectors.isEmpty()) {
            checkNoCollectorInJvmArgs(jmh);
        }
        if (!mergeSources.isEmpty() && (!jmhArgs.isEmpty() || !collectors.isEmpty() || !heaps.isEmpty() || !young.isEmpty()
                || !jdkSpecs.isEmpty() || quick || minHeap || shard != Shard.WHOLE || timeout != null || compareWith != null
                || pairs != null || otherJar != null)) {
            throw new UsageException("--merge takes result directories and --out only");
        }
        if (pairs != null && compareWith == null) {
            throw new UsageException("--pairs needs --compare-with BASE_JAR");
        }
        if (compareWith != null) {
            checkCompare(compareWith, jmh, heaps, minHeap);
        }
        if (otherJar != null) {
            BenchmarkJar.check(otherJar);
        }
        List<Jdk> jdks = new ArrayList<>();
        for (String spec : jdkSpecs) {
            jdks.add(jdkFinder.resolve(spec));
        }
        if (jmh.getJvm().hasValue()) {
            if (!jdks.isEmpty()) {
                throw new UsageException("-jvm and --jdk both choose the JDK; give only --jdk");
            }
            jdks.add(jdkFinder.resolve(jmh.getJvm().get()));
        }
        if (out == null) {
            out = Path.of("results", now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss")));
        }
        checkOutput(out);
        for (Path source : mergeSources) {
            checkMergeSource(source);
        }
        return new MatrixOptions(List.copyOf(collectors), List.copyOf(heaps), List.copyOf(young), List.copyOf(jdks),
                out, quick, shard, minHeap, timeout, List.copyOf(mergeSources), List.copyOf(jmhArgs), compareWith,
                pairs == null ? MatrixOptions.DEFAULT_PAIRS : pairs, otherJar);
    }

    /** {@code --gc=g1} and {@code --gc g1} name the same option. */
    private static String optionName(String arg) {
        int eq = arg.indexOf('=');
        return arg.startsWith("--") && eq > 0 ? arg.substring(0, eq) : arg;
    }

    private static List<String> list(String option, String value) throws UsageException {
        List<String> items = new ArrayList<>();
        for (String item : value.split(",", -1)) {
            if (item.isBlank()) {
                throw new UsageException(option + ": empty item in '" + value + "'");
            }
            items.add(item.strip());
        }
        return items;
    }

    private static Duration parseDuration(String text) throws UsageException {
        String value = text.strip();
        if (value.matches("\\d{1,6}[smh]")) {
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            Duration d = switch (value.charAt(value.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
            if (!d.isZero()) {
                return d;
            }
        }
        throw new UsageException("--timeout: '" + text + "' is not a duration (examples: 90s, 20m, 2h)");
    }

    private static int parsePairs(String text) throws UsageException {
        try {
            int pairs = Integer.parseInt(text.strip());
            if (pairs >= 2) {
                return pairs;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new UsageException("--pairs: '" + text + "' is not a whole number of at least 2 (a paired comparison needs 2 pairs)");
    }

    /**
     * The base of an interleaved comparison is any JMH jar: it holds {@code META-INF/BenchmarkList}, which JMH's
     * annotation processor writes. Each side runs one fork per run, so {@code -f} is the launcher's; heap multiples
     * would bisect a minimum heap per side and are not offered here.
     */
    private static void checkCompare(Path jar, CommandLineOptions jmh, List<HeapSpec> heaps, boolean minHeap)
            throws UsageException {
        if (!Files.isRegularFile(jar)) {
            throw new UsageException("--compare-with " + jar + ": no such file (give the base commit's benchmarks.jar)");
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            if (zip.getEntry(BenchmarkJar.BENCHMARK_LIST) == null) {
                throw new UsageException("--compare-with " + jar + ": not a JMH jar (no " + BenchmarkJar.BENCHMARK_LIST + ")");
            }
        } catch (java.io.IOException e) {
            throw new UsageException("--compare-with " + jar + ": not a jar (" + e.getMessage() + ")");
        }
        if (jmh.getForkCount().hasValue()) {
            throw new UsageException("-f does not apply with --compare-with: each side runs --pairs single-fork runs");
        }
        if (minHeap || heaps.stream().anyMatch(HeapSpec::isMultiple)) {
            throw new UsageException("--compare-with takes absolute --heap sizes only (no multiples, no --min-heap)");
        }
    }

    private static void checkYoungBelowHeap(List<Long> young, List<HeapSpec> heaps) throws UsageException {
        for (long y : young) {
            for (HeapSpec heap : heaps) {
                if (!heap.isMultiple() && y >= heap.bytes()) {
                    throw new UsageException("--young " + Size.format(y) + " is not smaller than --heap " + heap.label());
                }
            }
        }
    }

    /** JMH's own parser decides what a JMH option means; the matrix only refuses what it must own. */
    private static CommandLineOptions parseJmh(List<String> jmhArgs) throws UsageException {
        CommandLineOptions jmh;
        try {
            jmh = new CommandLineOptions(jmhArgs.toArray(new String[0]));
        } catch (CommandLineOptionException e) {
            throw new UsageException("JMH option: " + e.getMessage());
        }
        if (jmh.getResult().hasValue() || jmh.getOutput().hasValue()) {
            throw new UsageException("-rff and -o do not apply to a matrix run: results and logs go to --out DIR");
        }
        Optional<ResultFormatType> format = Optional.ofNullable(jmh.getResultFormat().orElse(null));
        if (format.isPresent() && format.get() != ResultFormatType.JSON) {
            throw new UsageException("-rf " + format.get() + ": a matrix run writes JMH JSON only");
        }
        if (jmh.shouldHelp() || jmh.shouldList() || jmh.shouldListWithParams() || jmh.shouldListProfilers()
                || jmh.shouldListResultFormats()) {
            throw new UsageException("-h, -l, -lp, -lprof and -lrf run without the matrix options");
        }
        return jmh;
    }

    /** Two collectors on one command line stop the JVM: the cell's {@code --gc} must be the only one. */
    private static void checkNoCollectorInJvmArgs(CommandLineOptions jmh) throws UsageException {
        List<String> args = new ArrayList<>();
        args.addAll(jmh.getJvmArgs().orElse(List.of()));
        args.addAll(jmh.getJvmArgsAppend().orElse(List.of()));
        args.addAll(jmh.getJvmArgsPrepend().orElse(List.of()));
        for (String arg : args) {
            if (arg.matches("-XX:\\+Use\\w+GC")) {
                throw new UsageException(arg + " in -jvmArgs conflicts with --gc; choose the collector with --gc only");
            }
        }
    }

    private static void checkOutput(Path out) throws UsageException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("--out " + out + " is a file, not a directory");
        }
        if (Files.exists(out.resolve("results.json")) || Files.exists(out.resolve("run.json"))
                || Files.exists(out.resolve("base").resolve("results.json"))) {
            throw new UsageException("--out " + out + " already holds a result set; choose a new directory");
        }
        for (Path p = out.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p) || !Files.isWritable(p)) {
                    throw new UsageException("--out " + out + ": " + p + " is not a writable directory");
                }
                break;
            }
        }
    }

    private static void checkMergeSource(Path source) throws UsageException {
        boolean matrix = Files.isRegularFile(source.resolve("results.json"));
        boolean interleaved = Files.isRegularFile(source.resolve("base").resolve("results.json"))
                && Files.isRegularFile(source.resolve("candidate").resolve("results.json"));
        if (!(matrix || interleaved) || !Files.isRegularFile(source.resolve("run.json"))) {
            throw new UsageException("--merge " + source + ": not a result set (needs run.json and results.json, or"
                    + " base/results.json and candidate/results.json)");
        }
    }
}
