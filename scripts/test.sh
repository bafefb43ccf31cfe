#!/usr/bin/env bash
# Sets everything up and runs every test: native unit and integration tests,
# wasm tests in headless Chromium, and the end-to-end page tests (Playwright
# driving Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
source scripts/env.sh

step() { printf '\033[1m== %s\033[0m\n' "$*"; }

step "native tests"
# Quiet output without the empty binaries' lines ("running 0 tests", "ok. 0 passed").
cargo test --all-targets --quiet 2>&1 | grep -vE '^$|^running 0 tests$|ok\. 0 passed; 0 failed'
cargo test --doc --quiet

step "huge inputs, optimised: a million-row register, 50 MB of sources"
# Seconds each when optimised, a minute unoptimised (the debug run above skips them).
cargo test --profile huge-tests --quiet --test huge_inputs

step "wasm tests in headless Chromium"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --target wasm32-unknown-unknown --no-fail-fast --test wasm

step "building the page"
scripts/build-wasm.sh

step "end-to-end tests in headless Chromium"
node --test --test-concurrency=1 tests/e2e/
