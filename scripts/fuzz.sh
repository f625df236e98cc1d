#!/usr/bin/env bash
# Fuzzes the import (domain::file_format::decode_document) with libFuzzer through cargo-fuzz.
# Run by hand, not in CI:   scripts/fuzz.sh [seconds]      (default 120)
# The corpus starts from tests/bad-files; crashes land in fuzz/artifacts/import/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
# cargo-fuzz passes nightly-only flags (sanitizer, coverage); this machine has only a stable
# toolchain, which accepts them with RUSTC_BOOTSTRAP=1.
export RUSTC_BOOTSTRAP=1
mkdir -p fuzz/corpus/import
cp tests/bad-files/* fuzz/corpus/import/
cargo fuzz run import fuzz/corpus/import -- -max_total_time="${1:-120}" -max_len=262144
