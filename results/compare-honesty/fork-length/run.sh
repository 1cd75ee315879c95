#!/usr/bin/env bash
# Does a longer fork lower the spread between forks (issue 10)? A/A runs of three of the honesty units, the same
# benchmarks.jar on both sides, interleaved (--compare-with), at three fork lengths, then spread.py on the three.
#   results/compare-honesty/fork-length/run.sh JAR PAIRS     (from the repository root, on a quiet machine)
# Settings:
#   short     -wi 1 -w 500ms -i 3 -r 500ms   the honesty runs' (aa/, ab/, ab-quiet/)
#   workflow  -wi 1 -w 1s -i 5 -r 500ms      the pull-request workflow's (--quick -i 5 -r 500ms)
#   long      -wi 3 -w 1s -i 6 -r 1s
set -euo pipefail
cd "$(dirname "$0")/../../.."
jar=$1; pairs=$2
out=results/compare-honesty/fork-length
units='leakbench\.allocation\.BoxingBenchmark\.boxedList$|leakbench\.allocation\.ListGrowthBenchmark\.preSizedArrayList$|ListenerDispatchBenchmark\.dispatchStrong$'
run() {
    local name=$1
    shift
    [ -f "$out/$name/run.json" ] && grep -q '"status" : "complete"' "$out/$name/run.json" && return
    rm -rf "$out/$name"
    cat /proc/loadavg > "/tmp/fork-length-$name-load-before.txt"
    java -jar "$jar" "$units" "$@" -prof gc --gc g1 --compare-with "$jar" --pairs "$pairs" --out "$out/$name"
    cp "/tmp/fork-length-$name-load-before.txt" "$out/$name/load-before.txt"
    cat /proc/loadavg > "$out/$name/load-after.txt"
}
run short -wi 1 -w 500ms -i 3 -r 500ms
run workflow -wi 1 -w 1s -i 5 -r 500ms
run long -wi 3 -w 1s -i 6 -r 1s
python3 "$out/spread.py" "$out" short workflow long | tee "$out/spread.md"
