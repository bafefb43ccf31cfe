// Size budget: every reader downloads these bytes. Runs after scripts/build-wasm.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const gzipped = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

test('the wasm core stays within 150 KB gzipped', () => {
  const size = gzipped('www/pkg/factlint_bg.wasm');
  console.log(`factlint_bg.wasm: ${(size / KB).toFixed(1)} KB gzipped`);
  assert.ok(size <= 150 * KB, `${size} bytes gzipped is over the 150 KB budget`);
});

test('the built-in register stays within 120 KB gzipped', { skip: !existsSync('www/data/register.json') }, () => {
  const size = gzipped('www/data/register.json');
  console.log(`register.json: ${(size / KB).toFixed(1)} KB gzipped`);
  assert.ok(size <= 120 * KB, `${size} bytes gzipped is over the 120 KB budget`);
});
