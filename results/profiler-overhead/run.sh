#!/usr/bin/env bash
# Profiler overhead: ProfilerOverheadBenchmark (computeOnly: no allocation; allocateGarbage: 64 B per call)
# without a profiler, with HeapGrowthProfiler and with GcPauseProfiler, interleaved: ROUNDS rounds (default 3),
# each round one fork (3 x 1 s warmup, 5 x 1 s measurement) per configuration. Writes results-<config>-round<n>.json
# (JMH JSON) and results.md (mean of the rounds, their range, change against no profiler) next to this script.
# Run it on a quiet machine: nothing else running, fixed CPU frequency if you can.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f benchmarks/target/benchmarks.jar ] || mvn -B -q package -DskipTests
java -cp benchmarks/target/benchmarks.jar leakbench.profile.ProfilerOverhead results/profiler-overhead "${1:-3}"
