// Size budget: every reader downloads these bytes. Runs after scripts/build-wasm.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const gzipped = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

// Issue #9's target is 150 KB gzipped; with every check family in, the core is
// 195.2 KB (2026-11-26, zlib level 9; 227 KB before the size passes in docs/size.md), so that
// target is not met (see docs/size.md for where the bytes go). Until it is, this budget is a
// ratchet just above today's size: it fails on any growth, and is lowered as the core shrinks.
// (Raised once, 198 -> 199, for the 4 GiB text-length error that came with 32-bit spans;
// lowered to 193 by the fourth size pass, whose branch alone measured 192.7 KB; set to 196 when
// it met the speed work done beside it, which bought a third less time per analysis for about
// 4 KB: own word-list letter index, byte stemmer, ASCII fast paths; raised to 199 for the
// indexed comparisons that made the entity and consistency passes linear on repeated
// text, about 2.9 KB: 100,000 copies of one sentence had taken 190 s; raised to 203 for the
// inlining threshold in .cargo/config.toml, 3.5 KB that took the 1,000-word article in Chromium
// from 3.17 to 2.86 ms, under the 3 ms target; raised to 204 when the native build learnt to
// analyse long texts on every core (src/parallel.rs, 1.7 times faster on 10 MB): the wasm runs
// none of it, but the pipeline's new shape cost it 358 bytes, 67 over the old budget; lowered to
// 202 when talc replaced the standard library's dlmalloc as the wasm's allocator, 2.5 KB smaller;
// lowered to 188 when scripts/build-wasm.sh began rebuilding the standard library with panics as
// bare traps and its smaller algorithms, 14 KB smaller.)
const WASM_TARGET_KB = 150;
const WASM_BUDGET_KB = 188;

test(`the wasm core stays within its ${WASM_BUDGET_KB} KB gzipped budget (target ${WASM_TARGET_KB} KB)`, () => {
  const size = gzipped('www/pkg/factlint_bg.wasm');
  console.log(`factlint_bg.wasm: ${(size / KB).toFixed(1)} KB gzipped (target ${WASM_TARGET_KB} KB)`);
  assert.ok(size <= WASM_BUDGET_KB * KB, `${size} bytes gzipped is over the ${WASM_BUDGET_KB} KB budget`);
});

test('the built-in register stays within 120 KB gzipped', { skip: !existsSync('www/data/register.json') }, () => {
  const size = gzipped('www/data/register.json');
  console.log(`register.json: ${(size / KB).toFixed(1)} KB gzipped`);
  assert.ok(size <= 120 * KB, `${size} bytes gzipped is over the 120 KB budget`);
});
