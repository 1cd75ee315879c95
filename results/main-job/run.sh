#!/bin/bash
# The main job as a new user runs it, timed: `java -jar benchmarks/target/benchmarks.jar` with no arguments, from
# the repository root, on a quiet machine. Keeps the console output, the wall time, the load average before and
# after, and the result set it wrote (moved here from results/<timestamp>/).
#   results/main-job/run.sh            (after mvn -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../.."
here=results/main-job
uptime > $here/load-before.txt
start=$(date +%s.%N)
java -jar benchmarks/target/benchmarks.jar | tee $here/console.txt
end=$(date +%s.%N)
uptime > $here/load-after.txt
echo "$end - $start" | bc > $here/wall-seconds.txt
dir=$(sed -n 's/^matrix: 1 cell, output in //p' $here/console.txt)
rm -rf $here/set && mv "$dir" $here/set
echo "wall: $(cat $here/wall-seconds.txt) s; result set in $here/set"
