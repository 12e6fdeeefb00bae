#!/usr/bin/env bash
# gilscope guards its own GIL behaviour: runs seed.py three times under the agent and checks the
# recordings against the committed baseline (exit 0 pass, 1 regression, 2 unusable input).
#   .ci/gilscope/dogfood.sh                    # check (after mvn verify/package built the jars)
#   .ci/gilscope/dogfood.sh --update-baseline  # re-record baseline.json (commit it)
#   AGENT_OPTS=interval=50ms .ci/gilscope/dogfood.sh   # see it fail (exit 1, gil.wait.p50Millis)
set -euo pipefail
cd "$(dirname "$0")/../.."

JAVA="${GILSCOPE_JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}"
AGENT_JAR="${AGENT_JAR:-agent/target/gilscope-agent.jar}"
DEMO_JAR="${DEMO_JAR:-demo-app/target/gilscope-demo.jar}"
REPORTS_JAR="${REPORTS_JAR:-reports/target/gilscope-reports.jar}"
HERE=.ci/gilscope
OUT=target/gilscope-ci
mkdir -p "$OUT"

runs=()
for i in 1 2 3; do
  "$JAVA" "-javaagent:$AGENT_JAR=${AGENT_OPTS:+$AGENT_OPTS,}jfr=$OUT/run$i.jfr" -jar "$DEMO_JAR" "$HERE/seed.py" >/dev/null
  runs+=("$OUT/run$i.jfr")
done

if [[ "${1:-}" == "--update-baseline" ]]; then
  exec "$JAVA" -jar "$REPORTS_JAR" baseline "${runs[@]}" -o "$HERE/baseline.json" --title "seed.py (gilscope CI)"
fi
exec "$JAVA" -jar "$REPORTS_JAR" check --baseline "$HERE/baseline.json" --budget "$HERE/budget.properties" \
  "${runs[@]}" --junit "$OUT/check.xml" --markdown "$OUT/check.md" --title "gilscope dogfood"
