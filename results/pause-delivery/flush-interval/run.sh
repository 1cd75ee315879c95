#!/usr/bin/env bash
# Which ways of asking JFR for delivery work, on JDK 17 and JDK 25 (see Flush.java). Writes results.txt beside this.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jdk25=$(dirname "$(grep -l '^JAVA_VERSION="25' /usr/lib/jvm/*/release | head -1)")/bin/java
jdk25=${LEAKBENCH_JDK25:+$LEAKBENCH_JDK25/bin/java}${LEAKBENCH_JDK25:-$jdk25}
out=$here/results.txt
: > "$out"
for java in java "$jdk25"; do
    for mode in none dcmd snapshot snapint; do
        "$java" -Djfc="$here/empty.jfc" "$here/Flush.java" "$mode" >> "$out"
    done
    "$java" -XX:StartFlightRecording:flush-interval=10ms,settings="$here/empty.jfc" "$here/Flush.java" none \
        | sed 's/ none:/ none with -XX:StartFlightRecording:flush-interval=10ms:/' >> "$out"
done
cat "$out"
