#!/usr/bin/env bash
# Installs what the project needs and is missing; skips what is already there at the
# right version (compiling wasm-bindgen-cli takes ~5 minutes on 2 cores, so never needlessly).
#
#   scripts/setup.sh build   Rust target, wasm-bindgen-cli, wasm-split-cli, npm tools, crates
#   scripts/setup.sh test    the same, plus Debian's Chromium and ChromeDriver
#
# Works offline from everything but crates.io, npm and Debian's packages.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-build}
# wasm-split-cli cuts the app's wasm into page chunks (scripts/build.mjs); 0.2.2 or later is
# needed for wasm-bindgen 0.2.125 and later.
WASM_SPLIT_VERSION=0.2.4
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

log() { printf '[setup] %s\n' "$*"; }
apt_updated=0
apt_install() {
  if [ "$(id -u)" != 0 ]; then
    log "Needs Debian packages: $* (run as root, or: sudo apt-get install $*)"
    exit 1
  fi
  if [ $apt_updated = 0 ]; then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

command -v cargo >/dev/null || { log "cargo is missing: install Rust with rustup first"; exit 1; }
command -v npm >/dev/null || { log "installing Node.js and npm"; apt_install nodejs npm; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock exactly.
wbg=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wbg" ]; then
  log "installing wasm-bindgen-cli $wbg"
  # Its own lock file names a crate version the registry lacks, so no --locked here.
  cargo install wasm-bindgen-cli --version "$wbg" --force
fi

if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  log "installing wasm-split-cli $WASM_SPLIT_VERSION (about 2 minutes)"
  cargo install wasm_split_cli_support --locked --version "$WASM_SPLIT_VERSION" --features build-binary --force
fi

# npm tools (binaryen's wasm-opt 132, lightningcss, playwright-core), from the committed lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
fi

# NL Design System CSS for the build to bundle (generated from the npm packages; fast).
node scripts/nlds-css.mjs >/dev/null

# The crates, so the build needs no network.
cargo fetch --locked --quiet

if [ "$mode" = test ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    log "installing Debian's chromium and chromium-driver"
    apt_install chromium chromium-driver
  fi
  if ! command -v python3 >/dev/null; then
    log "installing python3 (the report test reads the .docx with its zipfile)"
    apt_install python3
  fi
  if ! command -v soffice >/dev/null || ! dpkg -s libreoffice-calc-nogui >/dev/null 2>&1; then
    log "installing LibreOffice Writer and Calc (no GUI), to open the Word, OpenDocument and spreadsheet exports in the report test"
    apt_install --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui
  fi
  if ! command -v pdftotext >/dev/null || ! command -v pdftoppm >/dev/null; then
    log "installing poppler-utils (pdftotext, pdftoppm) for the PDF test"
    apt_install poppler-utils
  fi
  # The other two browser engines for tests/engines/: Firefox ESR (WebDriver BiDi, driven by
  # puppeteer-core from npm) and WebKitGTK's MiniBrowser (WebKitWebDriver), which needs a
  # display: xvfb-run gives it a virtual one.
  if [ ! -x /usr/bin/firefox-esr ] || [ ! -x /usr/bin/WebKitWebDriver ] || ! command -v xvfb-run >/dev/null; then
    log "installing Firefox ESR, WebKitGTK's WebDriver and Xvfb for the cross-engine tests"
    apt_install --no-install-recommends firefox-esr webkit2gtk-driver xvfb xauth
  fi
fi
log "ready ($mode)"
