#!/usr/bin/env bash
# Screenshot of a report in headless Chromium (apt-get install -y chromium): screenshot.sh REPORT.html [OUT.png] [HEIGHT]
set -euo pipefail
html="$(realpath "$1")"; out="${2:-${1%.html}.png}"; height="${3:-2400}"
profile="$(mktemp -d)"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$profile" --screenshot="$out" --window-size="1400,$height" \
  "file://$html" 2>/dev/null
rm -rf "$profile"
echo "$out"
