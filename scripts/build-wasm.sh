#!/usr/bin/env bash
# Builds the wasm core into www/pkg: cargo (size profile) → wasm-bindgen →
# wasm-opt from npm's binaryen (Debian's binaryen 108 breaks wasm-bindgen output).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

# The standard library is rebuilt for this build (-Zbuild-std; rustup's rust-src component, which
# scripts/setup.sh adds) with std's smaller algorithms (optimize_for_size), and a panic becomes a bare
# trap (-Cpanic=immediate-abort): the wasm already aborted on a panic and no message reached the page,
# but the code that formatted one was downloaded. The library stays at opt-level 3, as the prebuilt
# one is: at the profile's "z" the article took 2.66 ms in Chromium instead of 2.06. Together: 206 KB
# → 192 KB gzipped, at the same speed (docs/size.md, "Twelfth session"). These are unstable options of
# the stable compiler, which RUSTC_BOOTSTRAP=1 enables for this one command: a Rust release that
# changes them fails here, loudly, and a plain `cargo build` line gives the old build back.
std_at_opt_level_3=()
for crate in core alloc std compiler_builtins; do
  std_at_opt_level_3+=(--config "profile.wasm-release.package.$crate.opt-level = 3")
done
RUSTC_BOOTSTRAP=1 cargo build --profile wasm-release --target wasm32-unknown-unknown --lib --quiet \
  -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size "${std_at_opt_level_3[@]}" \
  --config 'target.wasm32-unknown-unknown.rustflags = ["-Zunstable-options", "-Cpanic=immediate-abort"]'
wasm-bindgen --target web --out-dir www/pkg --no-typescript \
  target/wasm32-unknown-unknown/wasm-release/factlint.wasm
# Two pipelines, and the smaller result kept (same program, fewer bytes to download): -Oz repeated
# until it stops shrinking (--converge), and -Oz run twice. Either can land a kilobyte or more above
# the other gzipped: a change that made the input 91 bytes smaller took the first from 207,340 to
# 208,745 bytes (zlib) and the second from 207,512 to 207,499 (docs/size.md).
optimised="$(mktemp -d)"
trap 'rm -rf "$optimised"' EXIT
for passes in "-Oz --converge" "-Oz -Oz"; do
  # shellcheck disable=SC2086 # $passes is a list of flags
  node_modules/.bin/wasm-opt $passes --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    www/pkg/factlint_bg.wasm -o "$optimised/candidate.wasm"
  if [ ! -f "$optimised/best.wasm" ] ||
    [ "$(gzip -9c "$optimised/candidate.wasm" | wc -c)" -lt "$(gzip -9c "$optimised/best.wasm" | wc -c)" ]; then
    mv "$optimised/candidate.wasm" "$optimised/best.wasm"
  fi
done
mv "$optimised/best.wasm" www/pkg/factlint_bg.wasm
printf 'www/pkg/factlint_bg.wasm: %s bytes, %s gzipped\n' \
  "$(wc -c < www/pkg/factlint_bg.wasm)" "$(gzip -9c www/pkg/factlint_bg.wasm | wc -c)"
