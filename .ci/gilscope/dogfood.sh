#!/usr/bin/env bash
# gilscope guards its own GIL behaviour: runs seed.py three times under the agent and checks the
# recordings against the committed baseline (exit 0 pass, 1 regression, 2 unusable input).
#   .ci/gilscope/dogfood.sh                    # check (./gilscope builds the jars if needed)
#   .ci/gilscope/dogfood.sh --update-baseline  # re-record baseline.json (commit it)
#   AGENT_OPTS=interval=50ms .ci/gilscope/dogfood.sh   # see it fail (exit 1, gil.waitShare)
set -euo pipefail
cd "$(dirname "$0")/../.."

HERE=.ci/gilscope
OUT=target/gilscope-ci
mkdir -p "$OUT"

runs=()
for i in 1 2 3; do
  ./gilscope run "$HERE/seed.py" -o "$OUT/run$i.jfr" ${AGENT_OPTS:+--agent-opts "$AGENT_OPTS"} >/dev/null
  runs+=("$OUT/run$i.jfr")
done

if [[ "${1:-}" == "--update-baseline" ]]; then
  exec ./gilscope baseline "${runs[@]}" -o "$HERE/baseline.json" --title "seed.py (gilscope CI)"
fi
exec ./gilscope check --baseline "$HERE/baseline.json" --budget "$HERE/budget.properties" \
  "${runs[@]}" --junit "$OUT/check.xml" --markdown "$OUT/check.md" --title "gilscope dogfood"
