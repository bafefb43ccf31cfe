#!/usr/bin/env bash
# Bundles the embed demo (www/embed/src/demo.js + www/lib + ProseMirror from
# node_modules) into www/embed/demo.js with the pinned esbuild. The output is
# committed, so serving the page needs no build; rerun after changing the demo,
# www/lib or the ProseMirror versions. The worker (www/lib/worker.js) and the
# wasm (www/pkg) are not bundled: the page loads them by URL, one copy each.
set -euo pipefail
cd "$(dirname "$0")/.."
node_modules/.bin/esbuild www/embed/src/demo.js --bundle --format=esm --target=es2022 \
  --minify --legal-comments=eof --log-level=warning --outfile=www/embed/demo.js
printf 'www/embed/demo.js: %s bytes, %s gzipped\n' "$(wc -c < www/embed/demo.js)" "$(gzip -9c www/embed/demo.js | wc -c)"
