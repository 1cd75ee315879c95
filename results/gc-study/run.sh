#!/usr/bin/env bash
# The seed's GC section as a study (issue 12): what each collector costs in wall time, CPU and pauses.
# Run from anywhere after `mvn -B package -DskipTests`, on a quiet machine (it times things):
#   results/gc-study/run.sh            the full study into results/gc-study/ (about 30 minutes on 2 quiet cores; 28 measured)
#   results/gc-study/run.sh --smoke    a reduced grid into results/gc-study-smoke/ (a few minutes), to check the script
# Each part is one matrix run into parts/<name>/ (results.json, run.json, cell logs); the parts are merged into
# results.json + run.json beside this script and the report is written next to them. A part that already holds a
# result set is kept (the launcher never overwrites one), so a stopped study resumes at the first missing part.
#
# Parts (the workload for cost is FillingBathtubBenchmark.fixedFill: a bounded live set of two steps of 8192 x 1 KiB
# values and a steady stream of garbage, bounded in total, so Epsilon can run it too):
#   heap-17   G1, Parallel, Serial, ZGC, Shenandoah at 1.5x, 2x, 3x, 4x, 6x of the bisected minimum heap, JDK 17
#   heap-25   G1 and ZGC likewise on JDK 25
#   epsilon   Epsilon with a large heap (2g), JDK 17 and 25: one more candidate for the distilled baseline
#   young     Serial, Parallel, G1 at -Xmn 8m, 16m, 32m, 64m (256m heap, JDK 17): "fewer collections, longer pauses"
#   bathtub   FillingBathtubBenchmark.leakyFill -p fill=1.5 at 256m under the five collectors (JDK 17), to OOM
#             (the slowest part: HeapGrowthProfiler walks the heap after every step on ZGC and Shenandoah; at load 20
#             their cells took over 8 minutes each, hence the longer timeout)
#   manual    ExplicitGcBenchmark and EpsilonBenchmark with the CPU profiler (default collector, JDK 17 and 25)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
jar=benchmarks/target/benchmarks.jar
[ -f "$jar" ] || { echo "run.sh: $jar missing: run mvn -B package -DskipTests first" >&2; exit 2; }

out=results/gc-study
smoke=false
if [ "${1:-}" = "--smoke" ]; then
    smoke=true
    out=results/gc-study-smoke
    shift
fi
mkdir -p "$out/parts"

# CpuProfiler last: JMH stops profilers in reverse order, so the others' work between iterations stays outside
# its window. The pause and CPU profilers go on every cost cell.
cost_profilers=(-prof leakbench.profile.GcPauseProfiler -prof leakbench.profile.CpuProfiler)
fill='leakbench.gc.FillingBathtubBenchmark.fixedFill$'
if $smoke; then
    iterations=(-f 1 -wi 2 -i 5)
    collectors=serial,g1
    multiples=1.5x,3x
    young=16m,64m
    bathtub_gc=serial
else
    # Three forks of 60 steps: a step is a few milliseconds, and at 4x-6x a fork of 12 steps saw 1-4 collections,
    # so one collection more or less moved a cell's cost by a third; CPU time is read in 10 ms ticks.
    iterations=(-f 3 -wi 5 -i 60)
    collectors=g1,parallel,serial,zgc,shenandoah
    multiples=1.5x,2x,3x,4x,6x
    young=8m,16m,32m,64m
    bathtub_gc=g1,parallel,serial,zgc,shenandoah
fi

part() {
    local name=$1
    shift
    if [ -f "$out/parts/$name/run.json" ] && grep -q '"status" : "complete"' "$out/parts/$name/run.json"; then
        echo "== $name: already complete, kept"
        return
    fi
    rm -rf "$out/parts/$name"
    echo "== $name: $(date -u +%H:%M:%S)"
    java -jar "$jar" "$@" --out "$out/parts/$name"
}

start=$(date +%s)
part heap-17 "$fill" "${iterations[@]}" "${cost_profilers[@]}" --gc "$collectors" --min-heap --heap "$multiples" \
    --jdk 17 --timeout 10m
part heap-25 "$fill" "${iterations[@]}" "${cost_profilers[@]}" --gc "$($smoke && echo g1 || echo g1,zgc)" \
    --min-heap --heap "$multiples" --jdk 25 --timeout 10m
part epsilon "$fill" "${iterations[@]}" "${cost_profilers[@]}" --gc epsilon --heap 2g \
    --jdk "$($smoke && echo 17 || echo 17,25)" --timeout 10m
part young "$fill" "${iterations[@]}" "${cost_profilers[@]}" --gc "$($smoke && echo g1 || echo serial,parallel,g1)" \
    --heap 256m --young "$young" --jdk 17 --timeout 10m
part bathtub 'leakbench.gc.FillingBathtubBenchmark.leakyFill$' -p fill=1.5 -f 1 -wi 2 \
    -prof leakbench.profile.HeapGrowthProfiler -prof leakbench.profile.GcPauseProfiler \
    --gc "$bathtub_gc" --heap 256m --jdk 17 --timeout 20m
# The benchmarks' own iteration counts: EpsilonBenchmark's 7 batches are sized to fit its 1 GB Epsilon heap.
part manual 'leakbench.gc.(ExplicitGcBenchmark|EpsilonBenchmark)' -f 1 "${cost_profilers[@]}" \
    --jdk "$($smoke && echo 17 || echo 17,25)" --timeout 10m
end=$(date +%s)

rm -f "$out/results.json" "$out/run.json"
java -jar "$jar" --merge "$out"/parts/heap-17 "$out"/parts/heap-25 "$out"/parts/epsilon "$out"/parts/young \
    "$out"/parts/bathtub "$out"/parts/manual --out "$out"
java -jar analysis/target/analysis.jar report "$out/results.json"
minutes=$(( (end - start + 59) / 60 ))
echo "study: $((end - start)) s of runs (about $minutes min), load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" \
    | tee "$out/duration.txt"
