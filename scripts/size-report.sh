#!/usr/bin/env bash
# Prints the size of the release build in dist/: the app's wasm raw, gzipped (-9) and brotli
# (quality 11, as the precompressed .br files a server can send), every file of the first
# load, and the exporter worker (loaded only when a user asks for a report file) apart.
# Fails when a size is over its budget in bench/budget.json.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
wasm=$(ls "$dist"/vth-competenties-*_bg.wasm 2>/dev/null | head -n1)
[ -n "$wasm" ] || { echo "no app .wasm in $dist: run 'trunk build --release' first" >&2; exit 1; }

gz() { gzip -9 -c "$1" | wc -c; }
# The .br the build wrote, or brotli 11 by Node's zlib when there is none.
br() {
  if [ -f "$1.br" ]; then wc -c < "$1.br"; else
    node -e "const z=require('zlib');process.stdout.write(String(z.brotliCompressSync(require('fs').readFileSync(process.argv[1]),{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length))" "$1"
  fi
}
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }

total_raw=0 total_gz=0 total_br=0
printf '%-48s %12s %12s %12s\n' file raw gzip brotli
for f in "$dist"/*.html "$dist"/*.js "$dist"/*.wasm "$dist"/*.css; do
  # sw.js is fetched after the first view, by the service worker registration; the exporter
  # on first use.
  name=$(basename "$f")
  [ -f "$f" ] && [ "$name" != sw.js ] && [ "${name#exporter-}" = "$name" ] || continue
  raw=$(wc -c < "$f"); z=$(gz "$f"); b=$(br "$f")
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + z)); total_br=$((total_br + b))
  printf '%-48s %12s %12s %12s\n' "$name" "$(kb "$raw")" "$(kb "$z")" "$(kb "$b")"
done
printf '%-48s %12s %12s %12s\n' "first load (html+js+wasm+css)" "$(kb $total_raw)" "$(kb $total_gz)" "$(kb $total_br)"
wasm_gz=$(gz "$wasm"); wasm_br=$(br "$wasm")
printf 'wasm: %s raw, %s gzip, %s brotli\n' "$(kb "$(wc -c < "$wasm")")" "$(kb "$wasm_gz")" "$(kb "$wasm_br")"
exporter_gz=0
for f in "$dist"/exporter-*_bg.wasm "$dist"/exporter-*[0-9a-f].js "$dist"/exporter-*_loader.js; do
  [ -f "$f" ] || continue
  z=$(gz "$f"); exporter_gz=$((exporter_gz + z))
  printf 'exporter (on first use): %-34s %s raw, %s gzip, %s brotli\n' "$(basename "$f")" "$(kb "$(wc -c < "$f")")" "$(kb "$z")" "$(kb "$(br "$f")")"
done

# The budgets recorded in the repo: fail when a size grows past one.
budget() { sed -n "s/.*\"$1\": *\([0-9]*\).*/\1/p" bench/budget.json; }
over=0
check() { # name bytes budget-key
  local limit; limit=$(budget "$3")
  if [ "$2" -gt $((limit * 1024)) ]; then
    echo "$1 $(kb "$2") is over the budget of $limit KB ($3 in bench/budget.json)" >&2; over=1
  else
    printf '%s %s within the budget of %s KB (%s)\n' "$1" "$(kb "$2")" "$limit" "$3"
  fi
}
check "wasm gzip" "$wasm_gz" wasm_gzip_kb
check "wasm brotli" "$wasm_br" wasm_brotli_kb
check "first load gzip" "$total_gz" first_load_gzip_kb
check "exporter gzip" "$exporter_gz" exporter_gzip_kb
exit $over
