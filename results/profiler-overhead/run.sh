#!/usr/bin/env bash
# Profiler overhead: ProfilerOverheadBenchmark (computeOnly: no allocation; allocateGarbage: 64 B per call)
# without a profiler, with HeapGrowthProfiler and with GcPauseProfiler, one after the other, 2 forks x 5 x 1 s
# each. Writes results-<profiler>.json (JMH JSON) and results.md (scores side by side) next to this script.
# Run it on a quiet machine: nothing else running, fixed CPU frequency if you can.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f benchmarks/target/benchmarks.jar ] || mvn -B -q package -DskipTests
java -cp benchmarks/target/benchmarks.jar leakbench.profile.ProfilerOverhead results/profiler-overhead
