package leakbench.profile;

import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import shark.ApplicationLeak;
import shark.CloseableHeapGraph;
import shark.FilteringLeakingObjectFinder;
import shark.HeapAnalysis;
import shark.HeapAnalysisFailure;
import shark.HeapAnalysisSuccess;
import shark.HeapAnalyzer;
import shark.HeapObject;
import shark.HprofHeapGraph;
import shark.HprofIndex;
import shark.IgnoredReferenceMatcher;
import shark.LeakTrace;
import shark.LeakTraceObject;
import shark.LeakTraceReference;
import shark.MetadataExtractor;
import shark.ObjectInspector;
import shark.ReferenceMatcher;
import shark.ReferencePattern;

/**
 * The shortest strong reference path from a GC root to sampled instances of the growing types, in a heap dump,
 * by LeakCanary's Shark ({@code HeapAnalyzer} with a {@code FilteringLeakingObjectFinder} that picks the sampled
 * objects). Shark 2.14 has no JDK reference matchers, so {@code Reference.referent} is ignored here: a weak, soft
 * or phantom reference does not keep anything. Shark reads the JDK's collections flat (a {@code HashMap} refers to
 * its values by key, an {@code ArrayList} by index), which is how a Java developer reads them. Objects only
 * reachable through unreachable ones (GC filler {@code int[]} in JDK 25 G1 "live" dumps) have no path and are
 * left out. Retained sizes are Shark's dominator estimates: for comparison, not exact bytes.
 */
final class RootPaths {
    /** Instances sampled per type, spread evenly over the dump's instances of that type. */
    static final int SAMPLES_PER_TYPE = 8;
    /** Longest path (Shark's steps) for which retained sizes are computed. */
    static final int MAX_STEPS_SIZED = 200;
    /** Stack of the analysis thread: reserved, and committed only as deep as Shark's recursion goes. */
    static final long ANALYSIS_STACK_BYTES = 1L << 30;
    private static final String ID_LABEL = "leakbench object id ";

    /**
     * One reference on the path: the object holding it ({@code holder}, its class), the class that declares the
     * field ({@code declaredBy}: a benchmark's field on JMH's generated state subclass is the benchmark's), the
     * reference, whether it is the harness's (a field JMH generated, or a JMH object), and what the holder retains.
     */
    record Step(String holder, String holderKind, String declaredBy, String referenceType, String reference,
                boolean harness, long retainedBytes, long retainedObjects, int repeat) {
    }

    /** The path shared by most sampled instances of one type, and the collection that dominates them. */
    record RootPath(String type, int sampled, int sharing, String gcRoot, List<Step> steps, String leaking,
                    long leakingRetainedBytes, int holderStep, String text) {
    }

    private RootPaths() {
    }

    /**
     * Runs the analysis on a thread with a large stack: Shark builds its trie of paths recursively, one frame per
     * step, and a path along a linked list of thousands of nodes (the Cleaner's list) overflows a default stack.
     */
    static List<RootPath> find(File dump, List<GrowingTypes.GrowingType> growing) throws Exception {
        Object[] outcome = new Object[1];
        Thread analysis = new Thread(null, () -> {
            try {
                outcome[0] = findOnThisThread(dump, growing);
            } catch (Exception | Error e) {
                outcome[0] = e;
            }
        }, "leakbench-root-paths", ANALYSIS_STACK_BYTES);
        analysis.start();
        analysis.join();
        if (outcome[0] instanceof Exception e) {
            throw e;
        }
        if (outcome[0] instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<RootPath> paths = (List<RootPath>) outcome[0];
        return paths;
    }

    private static List<RootPath> findOnThisThread(File dump, List<GrowingTypes.GrowingType> growing)
            throws Exception {
        try (CloseableHeapGraph graph = HprofHeapGraph.Companion.openHeapGraph(dump, null,
                HprofIndex.Companion.defaultIndexedGcRootTags())) {
            Map<Long, String> sampled = new HashMap<>();
            for (GrowingTypes.GrowingType type : growing) {
                for (long id : sample(graph, type)) {
                    sampled.putIfAbsent(id, type.type());
                }
            }
            if (sampled.isEmpty()) {
                return List.of();
            }
            // Per type, as Shark drops a path that runs through another sampled object (a list node sampled as
            // one type would hide the payloads behind it, sampled as another). First without retained sizes.
            List<RootPath> paths = new ArrayList<>();
            for (GrowingTypes.GrowingType type : growing) {
                List<Long> ids = sampled.entrySet().stream().filter(e -> e.getValue().equals(type.type()))
                        .map(Map.Entry::getKey).sorted().toList();
                if (!ids.isEmpty()) {
                    Map<Long, LeakTrace> byId = traces(dump, graph, new HashSet<>(ids), false);
                    paths.add(representative(dump, graph, type.type(), ids, byId));
                }
            }
            return paths;
        }
    }

    /**
     * The path most of the type's samples share (same fields, whatever the indices and list lengths), its
     * shortest one; with Shark's retained sizes when every sample's path is short enough for them to be quick
     * (on a long linked list Shark sizes every node, which takes minutes).
     */
    private static RootPath representative(File dump, CloseableHeapGraph graph, String type, List<Long> ids,
                                           Map<Long, LeakTrace> byId) throws Exception {
        Map<String, List<Long>> byShape = new HashMap<>();
        for (long id : ids) {
            LeakTrace t = byId.get(id);
            if (t != null) {
                byShape.computeIfAbsent(shape(steps(t)), k -> new ArrayList<>()).add(id);
            }
        }
        if (byShape.isEmpty()) {
            return new RootPath(type, ids.size(), 0, "", List.of(), type, -1, -1,
                    "no strong path from a GC root: reachable only through weak, soft or phantom references");
        }
        List<Long> group = byShape.values().stream()
                .max(Comparator.comparingInt((List<Long> g) -> g.size())
                        .thenComparing(g -> -byId.get(g.get(0)).getReferencePath().size()))
                .orElseThrow();
        long id = group.stream().min(Comparator.comparingInt((Long i) -> byId.get(i).getReferencePath().size()))
                .orElseThrow();
        LeakTrace t = byId.get(id);
        // Sizes only when no sample sits deep in a chain: Shark's dominator tree is updated along the whole
        // chain for every node it visits, so one long linked list in the graph (the Cleaner's list of a leaky
        // CleanerCapture, 100,000s of nodes) makes the sized pass quadratic, minutes long, however short
        // the chosen path is.
        boolean longChain = byId.values().stream().anyMatch(x -> x.getReferencePath().size() > MAX_STEPS_SIZED);
        if (!longChain) {
            LeakTrace sized = traces(dump, graph, java.util.Set.of(id), true).get(id);
            t = sized != null ? sized : t;
        }
        List<Step> steps = steps(t);
        int holder = holderStep(steps);
        Integer leakingRetained = t.getLeakingObject().getRetainedHeapByteSize();
        return new RootPath(type, ids.size(), group.size(), t.getGcRootType().name(), steps,
                t.getLeakingObject().getClassName(), leakingRetained == null ? -1 : leakingRetained, holder,
                PathText.render(steps, t.getLeakingObject().getClassName(), holder));
    }

    /** Shark's shortest strong paths to the given objects, by object id. */
    private static Map<Long, LeakTrace> traces(File dump, CloseableHeapGraph graph, java.util.Set<Long> ids,
                                               boolean sizes) {
        List<ReferenceMatcher> matchers = List.of(new IgnoredReferenceMatcher(
                new ReferencePattern.InstanceFieldPattern("java.lang.ref.Reference", "referent")));
        ObjectInspector idLabel = reporter -> {
            long id = reporter.getHeapObject().getObjectId();
            if (ids.contains(id)) {
                reporter.getLabels().add(ID_LABEL + id);
            }
        };
        HeapAnalysis analysis = new HeapAnalyzer(step -> { }).analyze(dump, graph,
                new FilteringLeakingObjectFinder(List.of(object -> ids.contains(object.getObjectId()))),
                matchers, sizes, List.of(idLabel), MetadataExtractor.Companion.getNO_OP());
        if (analysis instanceof HeapAnalysisFailure failure) {
            throw new IllegalStateException("Shark could not analyse the dump: " + failure.getException());
        }
        Map<Long, LeakTrace> byId = new HashMap<>();
        for (ApplicationLeak leak : ((HeapAnalysisSuccess) analysis).getApplicationLeaks()) {
            for (LeakTrace t : leak.getLeakTraces()) {
                for (String label : t.getLeakingObject().getLabels()) {
                    if (label.startsWith(ID_LABEL)) {
                        byId.put(Long.parseLong(label.substring(ID_LABEL.length())), t);
                    }
                }
            }
        }
        return byId;
    }

    /**
     * What two paths must share to count as the same: the fields, not the indices, and a walk along one class's
     * links (a doubly linked list, by {@code next} or {@code prev}, any number of times) as one element.
     */
    static String shape(List<Step> steps) {
        List<String> key = new ArrayList<>();
        Step previous = null;
        for (Step s : steps) {
            boolean field = s.referenceType().equals("INSTANCE_FIELD");
            boolean walk = field && previous != null && previous.referenceType().equals("INSTANCE_FIELD")
                    && previous.declaredBy().equals(s.declaredBy());
            if (walk) {
                key.set(key.size() - 1, s.declaredBy() + ".*");
            } else {
                key.add(s.declaredBy() + (s.referenceType().equals("ARRAY_ENTRY") ? "[]"
                        : s.repeat() > 1 ? ".*" : "." + s.reference()));
            }
            previous = s;
        }
        return String.join(" -> ", key);
    }

    /** Shark's path, with runs of the same field of the same class (a linked list's {@code next}) folded. */
    static List<Step> steps(LeakTrace trace) {
        List<Step> steps = new ArrayList<>();
        for (LeakTraceReference ref : trace.getReferencePath()) {
            LeakTraceObject holder = ref.getOriginObject();
            String referenceType = ref.getReferenceType().name();
            String reference = referenceType.equals("LOCAL") ? "<Java Local>" : ref.getReferenceName();
            boolean field = referenceType.endsWith("_FIELD");
            String declaredBy = field ? ref.getOwningClassName() : holder.getClassName();
            Step step = new Step(holder.getClassName(), holder.getType().name().toLowerCase(java.util.Locale.ROOT),
                    declaredBy, referenceType, reference, PathText.isHarness(declaredBy),
                    value(holder.getRetainedHeapByteSize()), value(holder.getRetainedObjectCount()), 1);
            Step last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
            if (last != null && referenceType.equals("INSTANCE_FIELD") && last.referenceType().equals(referenceType)
                    && last.declaredBy().equals(step.declaredBy()) && last.reference().equals(step.reference())) {
                steps.set(steps.size() - 1, new Step(last.holder(), last.holderKind(), last.declaredBy(),
                        last.referenceType(),
                        last.reference(), last.harness(), last.retainedBytes(), last.retainedObjects(),
                        last.repeat() + 1));
            } else {
                steps.add(step);
            }
        }
        return markHarnessSpan(steps);
    }

    /** Everything between the first and the last harness step is the harness's (JMH's own maps, its thread). */
    private static List<Step> markHarnessSpan(List<Step> steps) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).harness()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        List<Step> marked = new ArrayList<>(steps);
        for (int i = Math.max(0, first); first >= 0 && i <= last; i++) {
            Step s = marked.get(i);
            marked.set(i, new Step(s.holder(), s.holderKind(), s.declaredBy(), s.referenceType(), s.reference(), true,
                    s.retainedBytes(), s.retainedObjects(), s.repeat()));
        }
        return marked;
    }

    /**
     * The collection that dominates the sampled instances: the deepest holder that still retains at least half of
     * what the largest non-harness holder on the path retains (below it the path fans out into single entries);
     * an array backing a collection gives way to the collection that owns it. -1 when Shark gave no sizes.
     */
    static int holderStep(List<Step> steps) {
        long max = steps.stream().filter(s -> !s.harness()).mapToLong(Step::retainedBytes).max().orElse(-1);
        if (max <= 0) {
            // No sizes (a long linked list): the owner of the first run of one field, if there is one.
            for (int i = 1; i < steps.size(); i++) {
                if (steps.get(i).repeat() > 1 && !steps.get(i - 1).harness()) {
                    return i - 1;
                }
            }
            return -1;
        }
        int holder = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (!steps.get(i).harness() && steps.get(i).retainedBytes() * 2 >= max) {
                holder = i;
            }
        }
        // A linked list's first node retains the list; the list's owner is the collection that dominates it.
        while (holder > 0 && (steps.get(holder).repeat() > 1 || holder + 1 < steps.size()
                && steps.get(holder + 1).repeat() > 1 && steps.get(holder + 1).declaredBy()
                        .equals(steps.get(holder).declaredBy())) && !steps.get(holder - 1).harness()) {
            holder--;
        }
        if (holder > 0 && steps.get(holder).holderKind().equals("array")
                && steps.get(holder - 1).retainedBytes() >= steps.get(holder).retainedBytes()
                && !steps.get(holder - 1).harness()) {
            holder--;
        }
        return holder;
    }

    private static long value(Integer n) {
        return n == null ? -1 : n;
    }

    /**
     * Up to {@link #SAMPLES_PER_TYPE} instance ids of the type, every n-th one in dump order. Arrays are taken only
     * near the size the growth has per instance (within a factor of 8), so that the growing {@code byte[1024]}
     * values are sampled rather than the many small arrays of strings.
     */
    private static List<Long> sample(CloseableHeapGraph graph, GrowingTypes.GrowingType type) {
        HeapObject.HeapClass heapClass = graph.findClassByName(type.type());
        if (heapClass == null) {
            return List.of();
        }
        double size = type.instancesPerCall() > 0 ? type.bytesPerCall() / type.instancesPerCall() : Double.NaN;
        List<Long> candidates = new ArrayList<>();
        if (heapClass.isPrimitiveArrayClass()) {
            for (Iterator<HeapObject.HeapPrimitiveArray> it = heapClass.getPrimitiveArrayInstances().iterator();
                    it.hasNext(); ) {
                HeapObject.HeapPrimitiveArray a = it.next();
                if (nearSize(a.getByteSize(), size)) {
                    candidates.add(a.getObjectId());
                }
            }
        } else if (heapClass.isObjectArrayClass()) {
            for (Iterator<HeapObject.HeapObjectArray> it = heapClass.getObjectArrayInstances().iterator();
                    it.hasNext(); ) {
                HeapObject.HeapObjectArray a = it.next();
                if (nearSize(a.getByteSize(), size)) {
                    candidates.add(a.getObjectId());
                }
            }
        } else {
            for (Iterator<HeapObject.HeapInstance> it = heapClass.getDirectInstances().iterator(); it.hasNext(); ) {
                candidates.add(it.next().getObjectId());
            }
        }
        int stride = Math.max(1, candidates.size() / SAMPLES_PER_TYPE);
        List<Long> ids = new ArrayList<>();
        for (int i = stride / 2; i < candidates.size() && ids.size() < SAMPLES_PER_TYPE; i += stride) {
            ids.add(candidates.get(i));
        }
        return ids;
    }

    /** Within a factor of 8 of the growth's bytes per instance (a mean over the arrays one call keeps). */
    private static boolean nearSize(int dataBytes, double bytesPerInstance) {
        return !Double.isFinite(bytesPerInstance) || (dataBytes * 8.0 >= bytesPerInstance
                && dataBytes <= bytesPerInstance * 8);
    }
}
