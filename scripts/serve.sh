#!/usr/bin/env bash
# Sets everything up, builds the wasm core and serves the page on
# http://127.0.0.1:${PORT:-8000}/ with the seed article preloaded.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build-wasm.sh
exec node scripts/serve.mjs www "${PORT:-8000}"
