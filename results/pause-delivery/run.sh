#!/usr/bin/env bash
# GcPauseProfiler's event delivery (issue 9), measured on this machine. Run from anywhere after
# `mvn -B package -DskipTests` (which also compiles the test classes this uses); ROUNDS (default 5) as $1.
#  1. closes.csv: wall time of every afterIteration of GcPauseProfiler (closing an iteration), per JDK and collector,
#     on a CPU-bound benchmark (ProfilerOverheadBenchmark.computeOnly) and on the GC churn calibration
#     (GcChurnBenchmark, young and concurrent cycles all the time), one fork each of -wi 2 -i 10 -r 100ms, through
#     TimedGcPauseProfiler (test classes: GcPauseProfiler plus a timer around its afterIteration).
#  2. wall.csv: wall time of `java -jar benchmarks.jar` running one fork of computeOnly, -wi 2 -w 100ms -i 10 -r 100ms,
#     with and without -prof GcPauseProfiler, on JDK 17 and JDK 25 forks, ROUNDS interleaved rounds (the order
#     alternates per round), so the ratio is taken within one run.
#  3. summary.md from both.
# Run it on a quiet machine.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
rounds=${1:-5}
jar=benchmarks/target/benchmarks.jar
classes=benchmarks/target/test-classes
[ -f "$jar" ] && [ -f "$classes/leakbench/profile/TimedGcPauseProfiler.class" ] || mvn -B -q package -DskipTests

# A JDK's home by major version, looked up as the launcher's JdkFinder does: LEAKBENCH_JDK<N>, JAVA<N>_HOME,
# JAVA_HOME_<N>_X64, then the release files of the JDKs installed under /usr/lib/jvm.
jdk_java() {
    local major=$1 var home
    for var in "LEAKBENCH_JDK$major" "JAVA${major}_HOME" "JAVA_HOME_${major}_X64"; do
        home=${!var:-}
        [ -n "$home" ] && [ -x "$home/bin/java" ] && { echo "$home/bin/java"; return; }
    done
    for release in /usr/lib/jvm/*/release; do
        if grep -q "^JAVA_VERSION=\"$major[.\"]" "$release" 2>/dev/null; then
            echo "$(dirname "$release")/bin/java"; return
        fi
    done
    echo "no JDK $major found (set LEAKBENCH_JDK$major)" >&2; exit 2
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
short=(-f 1 -wi 2 -w 100ms -i 10 -r 100ms)

# 1. Closing an iteration, every collector, both JDKs.
echo "jdk,gc,benchmark,phase,iteration,close_ms" > "$here/closes.csv"
java -Djmh.ignoreLock=true -cp "$jar:$classes" leakbench.matrix.Main \
    'calibration\.(ProfilerOverheadBenchmark\.computeOnly|GcChurnBenchmark\.replaceOne)$' "${short[@]}" \
    -prof "leakbench.profile.TimedGcPauseProfiler:file=$work/closes.csv" \
    --gc "${GCS:-g1,zgc,shenandoah,parallel,serial}" --jdk 17,25 --out "$work/closes" > "$work/closes.log"
cat "$work/closes.csv" >> "$here/closes.csv"

# 2. One short fork with and without the profiler, interleaved.
echo "jdk,config,round,seconds" > "$here/wall.csv"
for round in $(seq 1 "$rounds"); do
    for jdk in 17 25; do
        java=$(jdk_java "$jdk")
        configs=(none GcPauseProfiler)
        [ $((round % 2)) -eq 0 ] && configs=(GcPauseProfiler none)
        for config in "${configs[@]}"; do
            prof=()
            [ "$config" = none ] || prof=(-prof "leakbench.profile.$config")
            start=$(date +%s%N)
            java -Djmh.ignoreLock=true -jar "$jar" 'ProfilerOverheadBenchmark.computeOnly$' "${short[@]}" \
                -jvm "$java" "${prof[@]}" -rf json -rff "$work/wall.json" > "$work/wall.log"
            end=$(date +%s%N)
            echo "$jdk,$config,$round,$(awk -v ns=$((end - start)) 'BEGIN {printf "%.3f", ns / 1e9}')" >> "$here/wall.csv"
        done
    done
done

# 3. Summary: medians.
median() { sort -n | awk '{v[NR]=$1} END {if (NR==0) {print "n/a"} else if (NR%2) {print v[(NR+1)/2]} else {printf "%.3f\n", (v[NR/2]+v[NR/2+1])/2}}'; }
{
    echo "# GcPauseProfiler delivery, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    echo "Command: \`results/pause-delivery/run.sh $rounds\` (files: closes.csv, wall.csv)."
    echo
    echo "## Closing an iteration (afterIteration wall time, ms; warmup and measurement iterations of one fork)"
    echo
    echo "| JDK | collector | benchmark | iterations | median | max |"
    echo "|---|---|---|---:|---:|---:|"
    tail -n +2 "$here/closes.csv" | cut -d, -f1-3 | sort -u | while IFS=, read -r jdk gc bench; do
        values=$(awk -F, -v j="$jdk" -v g="$gc" -v b="$bench" '$1==j && $2==g && $3==b {print $6}' "$here/closes.csv")
        echo "| $jdk | $gc | ${bench##*.calibration.} | $(echo "$values" | wc -l) | $(echo "$values" | median) | $(echo "$values" | sort -n | tail -1) |"
    done
    echo
    echo "## One short fork, whole command wall time (s), $rounds interleaved rounds"
    echo
    echo "| JDK | without profiler (median) | with GcPauseProfiler (median) | ratio of medians | per-round ratios |"
    echo "|---|---:|---:|---:|---|"
    for jdk in 17 25; do
        without=$(awk -F, -v j="$jdk" '$1==j && $2=="none" {print $4}' "$here/wall.csv" | median)
        with=$(awk -F, -v j="$jdk" '$1==j && $2=="GcPauseProfiler" {print $4}' "$here/wall.csv" | median)
        ratios=$(for r in $(seq 1 "$rounds"); do
            a=$(awk -F, -v j="$jdk" -v r="$r" '$1==j && $2=="none" && $3==r {print $4}' "$here/wall.csv")
            b=$(awk -F, -v j="$jdk" -v r="$r" '$1==j && $2=="GcPauseProfiler" && $3==r {print $4}' "$here/wall.csv")
            awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f ", b/a}'
        done)
        echo "| $jdk | $without | $with | $(awk -v a="$without" -v b="$with" 'BEGIN {printf "%.2f", b/a}') | $ratios|"
    done
} > "$here/summary.md"
cat "$here/summary.md"
