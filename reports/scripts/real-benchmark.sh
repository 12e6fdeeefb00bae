#!/usr/bin/env bash
# Analysis of a real recording: records reports/scripts/Contend.java (24 platform threads contending on
# monitors, locks, queues and wait/notify for SECONDS s) with the JDK's contention events at threshold 0
# and stack traces (about 3.4 M events in 26 s on 2 cores), then measures, in RUNS interleaved rounds:
#   - `gilscope report` as a whole process with -Xmx64m (JVM start-up included), against `jfr summary`;
#   - the analysis in-process with -Xmx64m (AnalysisBenchmark: cold first run, then warm runs, peak heap);
# and checks that -Xmx64m gives the same JSON summary as -Xmx1g.
# Usage: reports/scripts/real-benchmark.sh [SECONDS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_RUN="${1:-26}"
RUNS="${2:-5}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JFR="${JAVA_HOME:+$JAVA_HOME/bin/}jfr"
mvn -q -B -pl reports,cli -am -DskipTests package >&2
mvn -q -B -pl reports test-compile >&2
CLI=cli/target/gilscope-cli.jar
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
FILE="$OUT/real.jfr"
# default.jfc with the three contention events at threshold 0 and with stack traces
python3 - "$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')/lib/jfr/default.jfc" "$OUT/all.jfc" <<'PY'
import re, sys
s = open(sys.argv[1]).read()
for e in ("jdk.JavaMonitorEnter", "jdk.JavaMonitorWait", "jdk.ThreadPark"):
    s = re.sub(r'(<event name="%s">.*?</event>)' % re.escape(e),
               lambda m: re.sub(r'<setting name="threshold"[^>]*>[^<]*</setting>', '<setting name="threshold">0 ms</setting>',
                                re.sub(r'<setting name="stackTrace">[^<]*</setting>', '<setting name="stackTrace">true</setting>', m.group(1))),
               s, flags=re.S)
open(sys.argv[2], "w").write(s)
PY
"$JAVA" -XX:StartFlightRecording:filename="$FILE",settings="$OUT/all.jfc" -Xlog:jfr+startup=warning reports/scripts/Contend.java 24 "${SECONDS_RUN}000" MMMMMMLPCWWK >/dev/null
EVENTS=$("$JFR" summary "$FILE" | awk '/^ Event Type/ {t=1; next} t && /^ [a-z]/ && $1 != "jdk.CheckPoint" && $1 != "jdk.Metadata" {n += $2} END {print n}')
echo "recording: $EVENTS events (without CheckPoint/Metadata), $(du -h "$FILE" | cut -f1), $("$JFR" summary "$FILE" | sed -n 's/^ *Chunks: *//p') chunks"
"$JAVA" -Xmx64m -jar "$CLI" summary --json "$FILE" > "$OUT/64m.json" 2>/dev/null || true
"$JAVA" -Xmx1g -jar "$CLI" summary --json "$FILE" > "$OUT/1g.json" 2>/dev/null || true
if cmp -s "$OUT/64m.json" "$OUT/1g.json"; then echo "-Xmx64m and -Xmx1g: identical JSON summaries"; else echo "-Xmx64m and -Xmx1g DIFFER"; fi
echo "--- $RUNS interleaved rounds, whole processes"
for _ in $(seq "$RUNS"); do
  s=$(date +%s.%N); "$JAVA" -Xmx64m -jar "$CLI" report "$FILE" -o "$OUT/r.html" >/dev/null 2>&1; e=$(date +%s.%N)
  echo "report $(echo "$e - $s" | bc)" >> "$OUT/times"
  s=$(date +%s.%N); "$JFR" summary "$FILE" >/dev/null; e=$(date +%s.%N)
  echo "jfr $(echo "$e - $s" | bc)" >> "$OUT/times"
done
for k in report jfr; do
  awk -v k="$k" '$1 == k {print $2}' "$OUT/times" | sort -n | awk -v k="$k" -v ev="$EVENTS" '{a[NR] = $1} END {
    m = a[int((NR + 1) / 2)]; printf "%-7s median %.2f s (%.2f-%.2f) = %.2f M events/s\n", k, m, a[1], a[NR], ev / m / 1e6 }'
done
echo "--- in-process analysis, -Xmx64m (jdk.jfr.consumer opened, as the CLI jar does)"
"$JAVA" -Xmx64m --add-opens jdk.jfr/jdk.jfr.consumer=ALL-UNNAMED -cp "$CLI:reports/target/test-classes" io.gilscope.reports.bench.AnalysisBenchmark analyze "$FILE" "$RUNS"
