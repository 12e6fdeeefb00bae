#!/usr/bin/env bash
# Measures what the built-in libraries claim (blocking I/O overlaps, process pools and numpy run in
# parallel) without the agent (and with it when AGENT=path/to/gilscope-agent.jar):
# io_threads.py, process_pool.py (sizes from $SIZES), numpy speed-up and worker start-up, ROUNDS
# times each, interleaved. Prints the machine load before each round: these machines are shared and
# noisy, compare medians.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/gilscope-demo.jar
ROUNDS=${ROUNDS:-3}
SIZES=${SIZES:-"10_000_000 50_000_000"}
JVM=()
[ -n "${AGENT:-}" ] && JVM=("-javaagent:$AGENT")
for r in $(seq "$ROUNDS"); do
  echo "== round $r, load: $(cut -d' ' -f1-3 /proc/loadavg)"
  java "${JVM[@]}" -jar "$JAR" --serve programs/io_threads.py
  for n in $SIZES; do
    echo "-- process_pool.py $n"
    java "${JVM[@]}" -jar "$JAR" programs/process_pool.py "$n"
  done
  java "${JVM[@]}" -jar "$JAR" bench/numpy_speedup.py
  java "${JVM[@]}" -jar "$JAR" bench/worker_startup.py
done
