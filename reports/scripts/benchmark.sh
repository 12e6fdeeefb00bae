#!/usr/bin/env bash
# Analysis benchmark: generates a recording of EVENTS gilscope events (default 1.2M), analyses it with
# -Xmx256m, and times `jfr summary` on the same file. Usage: reports/scripts/benchmark.sh [EVENTS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
EVENTS="${1:-1200000}"
RUNS="${2:-5}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JFR="${JAVA_HOME:+$JAVA_HOME/bin/}jfr"
mvn -q -B -pl reports,cli -am -DskipTests package >&2
mvn -q -B -pl reports test-compile >&2
# The CLI jar holds the reports library with its dependencies (HdrHistogram); the generator is a test class.
CP="cli/target/gilscope-cli.jar:reports/target/test-classes"
OUT="$(mktemp -d)"
FILE="$OUT/bench.jfr"
"$JAVA" -cp "$CP" io.gilscope.reports.bench.AnalysisBenchmark generate "$FILE" "$EVENTS"
"$JFR" summary "$FILE" | grep -E 'gilscope|Chunks' || true
echo "--- gilscope analysis, -Xmx256m"
"$JAVA" -Xmx256m -cp "$CP" io.gilscope.reports.bench.AnalysisBenchmark analyze "$FILE" "$RUNS"
echo "--- jfr summary (same file), $RUNS runs"
times=()
for _ in $(seq "$RUNS"); do
  s=$(date +%s.%N); "$JFR" summary "$FILE" >/dev/null; e=$(date +%s.%N)
  times+=("$(echo "$e - $s" | bc)")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "jfr summary median %.3f s (whole process, JVM start-up included)\n", a[int((NR+1)/2)]}'
echo "--- gilscope summary (the CLI, whole process, -Xmx256m), $RUNS runs"
times=()
for _ in $(seq "$RUNS"); do
  s=$(date +%s.%N); "$JAVA" -Xmx256m -jar cli/target/gilscope-cli.jar summary "$FILE" >/dev/null; e=$(date +%s.%N)
  times+=("$(echo "$e - $s" | bc)")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "gilscope summary median %.3f s (whole process, JVM start-up included)\n", a[int((NR+1)/2)]}'
rm -rf "$OUT"
