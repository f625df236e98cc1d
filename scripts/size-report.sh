#!/usr/bin/env bash
# Prints the size of the release build in dist/: the app's wasm raw and gzipped (-9, as a
# server would send it), every file of the first load, and the exporter worker (loaded only
# when a user asks for a report file) apart.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
wasm=$(ls "$dist"/vth-competenties-*_bg.wasm 2>/dev/null | head -n1)
[ -n "$wasm" ] || { echo "no .wasm in $dist: run 'trunk build --release' first" >&2; exit 1; }

gz() { gzip -9 -c "$1" | wc -c; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }

total_raw=0 total_gz=0
printf '%-48s %12s %12s\n' file raw gzip
for f in "$dist"/*.html "$dist"/*.js "$dist"/*.wasm "$dist"/*.css; do
  # sw.js is fetched after the first view, by the service worker registration; the exporter
  # on first use.
  name=$(basename "$f")
  [ -f "$f" ] && [ "$name" != sw.js ] && [ "${name#exporter-}" = "$name" ] || continue
  raw=$(wc -c < "$f"); z=$(gz "$f")
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + z))
  printf '%-48s %12s %12s\n' "$(basename "$f")" "$(kb "$raw")" "$(kb "$z")"
done
printf '%-48s %12s %12s\n' "first load (html+js+wasm+css)" "$(kb $total_raw)" "$(kb $total_gz)"
printf 'wasm: %s raw, %s gzip\n' "$(kb "$(wc -c < "$wasm")")" "$(kb "$(gz "$wasm")")"
for f in "$dist"/exporter-*_bg.wasm "$dist"/exporter-*[0-9a-f].js; do
  [ -f "$f" ] && printf 'exporter (on first use): %-32s %s raw, %s gzip\n' "$(basename "$f")" "$(kb "$(wc -c < "$f")")" "$(kb "$(gz "$f")")"
done

# The budget recorded in the repo: fail when the wasm (gzip) grows past it.
budget=$(sed -n 's/.*"wasm_gzip_kb": *\([0-9]*\).*/\1/p' bench/budget.json)
wasm_gz=$(gz "$wasm")
if [ "$wasm_gz" -gt $((budget * 1024)) ]; then
  echo "wasm gzip $(kb "$wasm_gz") is over the budget of $budget KB (bench/budget.json)" >&2
  exit 1
fi
printf 'wasm gzip within the budget of %s KB (bench/budget.json)\n' "$budget"
