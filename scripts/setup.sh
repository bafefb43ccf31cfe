#!/usr/bin/env bash
# Installs what building and testing factlint needs, skipping what is there:
# the wasm target and the standard library's source, wasm-bindgen-cli at the
# exact Cargo.lock version, Debian's Chromium and ChromeDriver (tests only),
# and the npm packages in package-lock.json.
# Usage: scripts/setup.sh [--browser]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

want_browser=false
[ "${1:-}" = "--browser" ] && want_browser=true

step() { printf '\033[1m== %s\033[0m\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
# The wasm build rebuilds the standard library from its source (scripts/build-wasm.sh).
if ! rustup component list --installed | grep -qx rust-src; then
  step "adding the rust-src component"
  rustup component add rust-src
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
[ -f Cargo.lock ] || cargo generate-lockfile
WB_VER=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WB_VER" ]; then
  step "installing wasm-bindgen-cli $WB_VER into $FACTLINT_TOOLS (about two minutes, once)"
  cargo install wasm-bindgen-cli --version "$WB_VER" --locked --root "$FACTLINT_TOOLS" ||
    cargo install wasm-bindgen-cli --version "$WB_VER" --root "$FACTLINT_TOOLS"
fi

if $want_browser && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  step "installing Debian's chromium and chromium-driver"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "installing npm packages (package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error
fi
