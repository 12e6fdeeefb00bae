#!/usr/bin/env bash
# Performance evidence for the agent (tiny interpreter in the test sources; needs `mvn -pl agent verify` first).
# Usage: agent/bench/perf.sh [runs]   (JAVA_HOME selects the JDK)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$JAVA" -Dgilscope.agent.jar=target/gilscope-agent.jar -Dgilscope.test.classes=target/test-classes \
  -cp target/test-classes io.gilscope.agent.Perf "${1:-5}"
