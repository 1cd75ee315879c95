#!/usr/bin/env bash
# Code we did not write (issue 14): JMH's own samples (org.openjdk.jmh:jmh-samples:1.37, from Maven Central)
# with HeapGrowthProfiler, two ways:
#   matrix/      java -jar benchmarks.jar --jar jmh-samples.jar ... --gc g1,parallel  (the launcher on another jar)
#   plain-main/  org.openjdk.jmh.Main on a plain classpath: the samples, JMH, leakbench-profilers.jar and its
#                one dependency, as a user's JMH project has them (nothing of the suite)
# then `analysis.jar report` on both. Run from the repository root after `mvn -B package -DskipTests`
# (which resolves jmh-samples into the local Maven repository).
set -euo pipefail
cd "$(dirname "$0")/../.."

repo=${M2_REPO:-$HOME/.m2/repository}
samples=$repo/org/openjdk/jmh/jmh-samples/1.37/jmh-samples-1.37.jar
jmh=$repo/org/openjdk/jmh/jmh-core/1.37/jmh-core-1.37.jar:$repo/net/sf/jopt-simple/jopt-simple/5.0.4/jopt-simple-5.0.4.jar:$repo/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar
profilers=benchmarks/profilers/target/leakbench-profilers.jar:$repo/org/hdrhistogram/HdrHistogram/2.2.2/HdrHistogram-2.2.2.jar
out=results/jmh-samples
# Options for the two JMH host JVMs, e.g. JAVA_OPTS=-Djmh.ignoreLock=true on a machine other JMH runs share.
read -r -a java_opts <<< "${JAVA_OPTS:-}"

# Five samples, six runs: an empty method, shared and per-thread state, a single-shot batch that fills a
# LinkedList the sample replaces every iteration, and a HashMap and a TreeMap filled once in setup.
selection='JMHSample_(01_HelloWorld|03_States|26_BatchSize\.measureRight|35_Profilers\.Maps)'
iterations=(-f 2 -wi 1 -i 5 -w 1s -r 1s)

rm -rf "$out/matrix" "$out/plain-main"
java ${java_opts[@]+"${java_opts[@]}"} -jar benchmarks/target/benchmarks.jar --jar "$samples" "$selection" \
    -prof leakbench.profile.HeapGrowthProfiler "${iterations[@]}" \
    --gc g1,parallel --out "$out/matrix"

mkdir -p "$out/plain-main"
java ${java_opts[@]+"${java_opts[@]}"} -cp "$samples:$jmh:$profilers" org.openjdk.jmh.Main "$selection" \
    -prof leakbench.profile.HeapGrowthProfiler "${iterations[@]}" \
    -rf json -rff "$out/plain-main/results.json" | tee "$out/plain-main/jmh.log"

java -jar analysis/target/analysis.jar report "$out/matrix"
java -jar analysis/target/analysis.jar report "$out/plain-main"
