#!/usr/bin/env bash
# Builds the wasm core into www/pkg: cargo (size profile) → wasm-bindgen →
# wasm-opt from npm's binaryen (Debian's binaryen 108 breaks wasm-bindgen output).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

cargo build --profile wasm-release --target wasm32-unknown-unknown --lib --quiet
wasm-bindgen --target web --out-dir www/pkg --no-typescript \
  target/wasm32-unknown-unknown/wasm-release/factlint.wasm
# --converge: repeat -Oz until it stops shrinking (about 0.3 KB gzipped, a few seconds).
node_modules/.bin/wasm-opt -Oz --converge --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  www/pkg/factlint_bg.wasm -o www/pkg/factlint_bg.wasm
printf 'www/pkg/factlint_bg.wasm: %s bytes, %s gzipped\n' \
  "$(wc -c < www/pkg/factlint_bg.wasm)" "$(gzip -9c www/pkg/factlint_bg.wasm | wc -c)"
