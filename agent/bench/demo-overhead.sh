#!/usr/bin/env bash
# The agent's single-threaded cost on demo-app: benchmarks/programs/countdown_calls.py (countdown(50M)
# six times in one JVM) without the agent, under it, under it recording, and under it recording
# with count=false (the breaker read before every dispatch instead of the ticker), interleaved, in RUNS JVMs each. Prints per configuration
# the median over the JVMs of the first call and of the warm calls (each JVM's median of calls 3-6),
# in seconds, and the warm ratio to no agent. Each JVM's JIT compiles the dispatch loop a little
# differently, so use many runs (README quotes 20).
# Needs demo-app/target/gilscope-demo.jar and agent/target/gilscope-agent.jar.
# Usage: agent/bench/demo-overhead.sh [runs]   (default 9)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
demo="${DEMO_JAR:-$root/demo-app/target/gilscope-demo.jar}"
agent="$root/agent/target/gilscope-agent.jar"
program="$root/benchmarks/programs/countdown_calls.py"
runs="${1:-9}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

names=("no agent" "agent" "agent+jfr" "nocount+jfr")
options=("" "-javaagent:$agent" "-javaagent:$agent=jfr=$tmp/r.jfr" "-javaagent:$agent=count=false,jfr=$tmp/r.jfr")
for i in $(seq "$runs"); do
  for c in "${!names[@]}"; do
    # shellcheck disable=SC2086  # options[c] is one option or none
    "$JAVA" ${options[c]} -jar "$demo" "$program" > "$tmp/out"
    awk '/^first call:/ { f = $3 } /^warm calls:/ { w = $3 } END { print f, w }' "$tmp/out" >> "$tmp/$c.times"
    rm -f "$tmp"/r*.jfr
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.3f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
base=$(awk '{ print $2 }' "$tmp/0.times" | median)
printf '%-12s %8s %8s %8s   (medians of %s JVMs, seconds)\n' configuration first warm ratio "$runs"
for c in "${!names[@]}"; do
  first=$(awk '{ print $1 }' "$tmp/$c.times" | median)
  warm=$(awk '{ print $2 }' "$tmp/$c.times" | median)
  printf '%-12s %8s %8s %8s\n' "${names[c]}" "$first" "$warm" "$(awk -v w="$warm" -v b="$base" 'BEGIN { printf "%.3f", w / b }')"
done
