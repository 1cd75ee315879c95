#!/usr/bin/env bash
# Honesty of the interleaved comparison (issue 10): A/A and A/B runs of six cheap benchmarks with `--compare-with`.
#   results/compare-honesty/run.sh aa HEAD_JAR BASE_JAR PAIRS   # same build on both sides
#   results/compare-honesty/run.sh ab SLOW_JAR BASE_JAR PAIRS   # candidate with known slowdowns (see slowdown.patch)
# Run from the repository root after `mvn -B package -DskipTests`; copy the jars first (a rebuild during the run
# would change the candidate). Then evaluate.py (beside this script) splits each run into disjoint groups of N pairs
# and compares every group with analysis.jar, paired and unpaired, and with main's analysis.jar before issue 10:
#   python3 results/compare-honesty/evaluate.py results/compare-honesty/aa 3 analysis.jar analysis-main.jar
# Made here (2026-12-01, shared 2-core machine, load average 12-28 from other builds and a pause stress test):
#   run.sh aa head.jar base.jar 48   stopped (SIGTERM) after 22 pairs, about 70 minutes
#   run.sh ab slow.jar base.jar 48   run at the same time, stopped after 17 pairs
# And on the quiet machine (2026-12-01 23:31, load average 0.5-1.1, nothing else running):
#   run.sh ab slow.jar base.jar 30   into ab-quiet (moved there from /tmp; 360 forks, 1,040 s); evaluate.py ... 10
# slow.jar = the same commit with slowdown.patch (dispatchStrong +10% of its listeners, dispatchWeak +5%).
set -euo pipefail
cd "$(dirname "$0")/../.."
kind=$1; candidate=$2; base=$3; pairs=$4
# The six units: allocation (4) and listener dispatch (2), all AverageTime in ns/op with -prof gc; G1 cell, 512 MB
# from each class's @Fork. Short iterations keep one fork at about 3 s, most of it JVM start-up.
java -Djmh.ignoreLock=true -jar "$candidate" \
    'leakbench\.allocation\.|ListenerDispatchBenchmark\.dispatch(Strong|Weak)$' \
    -wi 1 -w 500ms -i 3 -r 500ms -prof gc --gc g1 \
    --compare-with "$base" --pairs "$pairs" \
    --out "results/compare-honesty/$kind"
