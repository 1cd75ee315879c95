#!/usr/bin/env bash
# The pause tests (all of GcPauseProfilerTest: every collector on JDK 17 and 25, every profiler order) RUNS times in a
# row (default 20) while a busy loop keeps one of the machine's cores busy; stops at the first failure. Not part of
# the default test run: it takes RUNS x about 2 minutes. Run from anywhere; prints one line per run and a total.
# Exit status 0 when every run passed, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/../../../.."
runs=${1:-20}
log=$(mktemp -d)

# The load: one busy shell loop (one core), started and stopped by this script.
( while :; do :; done ) &
load=$!
trap 'kill "$load" 2>/dev/null; wait "$load" 2>/dev/null' EXIT

passed=0
for run in $(seq 1 "$runs"); do
    start=$(date +%s)
    if mvn -B -o verify -pl benchmarks -am -Dtest=GcPauseProfilerTest -Dsurefire.failIfNoSpecifiedTests=false \
            > "$log/run-$run.log" 2>&1; then
        passed=$((passed + 1))
        echo "run $run: passed ($(grep -h 'Tests run:' "$log/run-$run.log" | tail -1 | sed 's/^.*Tests run/Tests run/'), $(( $(date +%s) - start )) s, load $(cut -d' ' -f1 /proc/loadavg))"
    else
        echo "run $run: FAILED after $(( $(date +%s) - start )) s; log: $log/run-$run.log"
        grep -h -A3 'FAIL\|expected' "$log/run-$run.log" | head -20
        echo "$passed/$runs passed before the first failure"
        exit 1
    fi
done
echo "$passed/$runs runs of GcPauseProfilerTest passed in a row with one core kept busy"
