#!/usr/bin/env bash
# Reference result set (issue 4, item 8): the cache and listener families with both GC profilers,
# over G1, ZGC, Shenandoah and Parallel, at two heap sizes, on JDK 17 and JDK 25: 16 cells.
# Run on a quiet machine from the repository root after `mvn -B package -DskipTests`.
# Writes results/reference/results.json and results/reference/run.json (this script stays beside them).
# Extra arguments are passed on (for example --shard 1/2 to split the run, or --timeout 20m).
set -euo pipefail
cd "$(dirname "$0")/../.."

java -jar benchmarks/target/benchmarks.jar \
    'leakbench\.(caches|listeners)\.' \
    -prof leakbench.profile.GcPauseProfiler:dir=results/reference/pauses \
    -prof leakbench.profile.HeapGrowthProfiler \
    --gc g1,zgc,shenandoah,parallel \
    --heap 256m,1g \
    --jdk 17,25 \
    --timeout 20m \
    --out results/reference \
    "$@"
