#!/usr/bin/env bash
# Single-threaded countdown on demo-app with and without the agent (and with a recording), interleaved.
# Prints the best of 6 calls of countdown(50_000_000) per JVM (steady state, after JIT warm-up), for
# several JVMs. Needs demo-app/target/gilscope-demo.jar and agent/target/gilscope-agent.jar.
# Usage: agent/bench/demo-overhead.sh [runs]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
demo="${DEMO_JAR:-$root/demo-app/target/gilscope-demo.jar}"
agent="$root/agent/target/gilscope-agent.jar"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/countdown.py" <<'PY'
import time
def countdown(n):
    while n > 0:
        n -= 1
best = 1e9
for i in range(6):
    t = time.perf_counter()
    countdown(50_000_000)
    best = min(best, time.perf_counter() - t)
print(best)
PY
printf '%-10s %-10s %-10s\n' none agent agent+jfr
for i in $(seq "${1:-5}"); do
  a=$("$JAVA" -jar "$demo" "$tmp/countdown.py")
  b=$("$JAVA" "-javaagent:$agent" -jar "$demo" "$tmp/countdown.py")
  c=$("$JAVA" "-javaagent:$agent=jfr=$tmp/r.jfr" -jar "$demo" "$tmp/countdown.py")
  printf '%-10.4f %-10.4f %-10.4f\n' "$a" "$b" "$c"
done
