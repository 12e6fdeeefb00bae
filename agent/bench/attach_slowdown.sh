#!/usr/bin/env bash
# How much slower a frame that is running when the agent is attached becomes: each program in
# agent/bench/attach prints its loop's rate every second; the agent is attached after 6 s. Prints the
# median rate before (seconds 3-6) and after (from 2 s after the attach), and the ratio.
# Usage: agent/bench/attach_slowdown.sh   (after mvn -DskipTests package)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
JAVA="${JAVA:-java}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

for program in "$HERE"/attach/*.py; do
  name="$(basename "$program" .py)"
  "$JAVA" -jar "$ROOT/demo-app/target/gilscope-demo.jar" "$program" > "$OUT/$name.out" 2>&1 &
  pid=$!
  sleep 6
  "$ROOT/gilscope" attach "$pid" mode=new > /dev/null
  wait "$pid"
  before=$(awk '/^ *[0-9.]+s .* M\/s/ && $1+0 >= 3 && $1+0 <= 6 {print $2}' "$OUT/$name.out" | median)
  after=$(awk '/^ *[0-9.]+s .* M\/s/ && $1+0 >= 9 {print $2}' "$OUT/$name.out" | median)
  printf "%-12s before attach %7.2f M/s, after %7.2f M/s: %.1fx slower\n" "$name" "$before" "$after" "$(echo "$before / $after" | bc -l)"
done
