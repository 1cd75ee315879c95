#!/usr/bin/env bash
# Honesty of the interleaved comparison (issue 10): A/A and A/B runs of six cheap benchmarks with `--compare-with`.
#   results/compare-honesty/run.sh aa HEAD_JAR BASE_JAR PAIRS   # same build on both sides
#   results/compare-honesty/run.sh ab SLOW_JAR BASE_JAR PAIRS   # candidate with known slowdowns (see slowdown.patch)
# Run from the repository root after `mvn -B package -DskipTests`; copy the jars first (a rebuild during the run
# would change the candidate). Then results/compare-honesty/evaluate.sh splits each run into groups of N pairs and
# compares every group with analysis.jar, paired and unpaired.
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
