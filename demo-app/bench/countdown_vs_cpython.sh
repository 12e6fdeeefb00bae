#!/usr/bin/env bash
# countdown(50_000_000), single-threaded: gilscope-demo (no agent) vs CPython (python3), run
# interleaved RUNS times each; prints every run, the medians and the ratio CPython/gilscope.
# Two numbers per run: the in-process time of the countdown call (what the 3x target is about)
# and the whole process wall time including JVM/CPython start-up.
# Usage: demo-app/bench/countdown_vs_cpython.sh [RUNS]   (default 7)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
JAR="$ROOT/demo-app/target/gilscope-demo.jar"
PROG="$HERE/countdown_bench.py"
RUNS="${1:-7}"
PYTHON="${PYTHON:-python3}"
JAVA="${JAVA:-java}"

if [ ! -f "$JAR" ]; then
  (cd "$ROOT" && mvn -q -B -pl demo-app -DskipTests package)
fi

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

echo "run  cpython_call  gilscope_call  cpython_wall  gilscope_wall  ratio   (seconds; ratio = cpython_call / gilscope_call)"
py_call=(); gs_call=(); py_wall=(); gs_wall=(); ratios=()
for i in $(seq 1 "$RUNS"); do
  t0=$(now); p=$("$PYTHON" "$PROG"); t1=$(now)
  g=$("$JAVA" -jar "$JAR" "$PROG"); t2=$(now)
  pw=$(echo "$t1 - $t0" | bc -l); gw=$(echo "$t2 - $t1" | bc -l)
  r=$(echo "$p / $g" | bc -l)
  py_call+=("$p"); gs_call+=("$g"); py_wall+=("$pw"); gs_wall+=("$gw"); ratios+=("$r")
  printf "%3d  %12.3f  %13.3f  %12.3f  %13.3f  %5.2f\n" "$i" "$p" "$g" "$pw" "$gw" "$r"
done
mp=$(printf '%s\n' "${py_call[@]}" | median); mg=$(printf '%s\n' "${gs_call[@]}" | median)
mpw=$(printf '%s\n' "${py_wall[@]}" | median); mgw=$(printf '%s\n' "${gs_wall[@]}" | median)
printf "median  cpython %.3f s  gilscope %.3f s  -> gilscope is %.2fx faster (countdown call)\n" "$mp" "$mg" "$(echo "$mp / $mg" | bc -l)"
printf "median  cpython %.3f s  gilscope %.3f s  -> gilscope is %.2fx faster (whole process, incl. start-up)\n" "$mpw" "$mgw" "$(echo "$mpw / $mgw" | bc -l)"
printf "median of the per-run ratios (each pair ran back to back, under the same load): %.2fx\n" "$(printf '%s\n' "${ratios[@]}" | median)"
