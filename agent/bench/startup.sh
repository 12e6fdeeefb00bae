#!/usr/bin/env bash
# Start-up cost of the agent: demo-app running print("hi") without the agent, with it, and with it
# recording (jfr=), interleaved; prints the median wall time and CPU time (user + sys) of each, in
# seconds. Several agent jars (e.g. a copy of an older build) are measured side by side.
# Needs demo-app/target/gilscope-demo.jar and agent/target/gilscope-agent.jar.
# Usage: agent/bench/startup.sh [runs] [agent.jar ...]   (default 9 runs, agent/target/gilscope-agent.jar)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
demo="${DEMO_JAR:-$root/demo-app/target/gilscope-demo.jar}"
runs="${1:-9}"
shift || true
agents=("$@")
[ ${#agents[@]} -gt 0 ] || agents=("$root/agent/target/gilscope-agent.jar")
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo 'print("hi")' > "$tmp/hi.py"

names=(none)
options=("")
for a in "${agents[@]}"; do
  names+=("$(basename "$a" .jar)" "$(basename "$a" .jar)+jfr")
  options+=("-javaagent:$a" "-javaagent:$a=jfr=$tmp/r.jfr")
done

TIMEFORMAT='%R %U %S'
for i in $(seq "$runs"); do
  for c in "${!names[@]}"; do
    # shellcheck disable=SC2086  # options[c] is one option or none
    { time "$JAVA" ${options[c]} -jar "$demo" "$tmp/hi.py" > /dev/null 2>&1; } 2>> "$tmp/$c.times"
    rm -f "$tmp"/r*.jfr
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.3f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf '%-32s %8s %8s   (median of %s runs, seconds)\n' configuration wall cpu "$runs"
for c in "${!names[@]}"; do
  wall=$(awk '{ print $1 }' "$tmp/$c.times" | median)
  cpu=$(awk '{ print $2 + $3 }' "$tmp/$c.times" | median)
  printf '%-32s %8s %8s\n' "${names[c]}" "$wall" "$cpu"
done
