// Runs the in-browser benchmark in headless Chromium and the same inputs
// natively, and prints median milliseconds and the wasm/native ratio.
// Usage: scripts/build-wasm.sh && node scripts/bench-browser.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withBenchPage } from './bench-page.mjs';

const corpus = '../shared/data/corpus';
const inputs = [
  { name: 'seed', path: 'www/demo/seed-article.txt', iterations: 200 },
  { name: 'news-1000-words', path: 'benches/data/news-1000.txt', iterations: 200 },
];
if (existsSync(`${corpus}/pride-and-prejudice.txt`)) {
  inputs.push({ name: 'pride-and-prejudice', path: `${corpus}/pride-and-prejudice.txt`, iterations: 15 });
  // 10 MB: the novel repeated, written to a temporary file for the native side.
  const novel = readFileSync(`${corpus}/pride-and-prejudice.txt`, 'utf8');
  const big = novel.repeat(Math.ceil((10 << 20) / novel.length)).slice(0, 10 << 20);
  const path = join(tmpdir(), 'factlint-bench-10mb.txt');
  writeFileSync(path, big);
  inputs.push({ name: '10-mb', path, iterations: 5 });
}
// Last, as the page and the command run by default: with the built-in register loaded.
inputs.push(
  { name: 'seed+register', path: 'www/demo/seed-article.txt', iterations: 200, register: true },
  { name: 'news-1000-words+register', path: 'benches/data/news-1000.txt', iterations: 200, register: true },
  { name: 'politics-cabinet+register', path: 'benches/data/politics-cabinet.txt', iterations: 200, register: true },
);
for (const input of inputs) input.text = readFileSync(input.path, 'utf8');

const { result: browserResults, version } = await withBenchPage((page) => page.evaluate(
  (inputs) => window.factlintBench(inputs),
  inputs.map(({ name, text, iterations, register }) => ({ name, text, iterations, register })),
));

const benchNative = (flags, chosen) => execFileSync('cargo', ['run', '-q', '--release', '--example', 'bench_native',
  '--', ...flags, ...chosen.map((i) => `${i.name}=${i.path}:${i.iterations}`)], { encoding: 'utf8' });
const nativeOut = benchNative([], inputs.filter((i) => !i.register))
  + benchNative(['--builtin-register'], inputs.filter((i) => i.register));
const native = Object.fromEntries(nativeOut.trim().split('\n').map((l) => JSON.parse(l)).map((r) => [r.name, r]));

console.log(`Chromium ${version} vs native, median ms per analysis (${new Date().toISOString().slice(0, 10)})`);
console.log('| input | bytes | Chromium (wasm) ms | native ms | wasm/native |');
console.log('|---|---:|---:|---:|---:|');
for (const r of browserResults) {
  const n = native[r.name];
  console.log(`| ${r.name} | ${r.bytes} | ${r.medianMs.toFixed(3)} | ${n.medianMs.toFixed(3)} | ${(r.medianMs / n.medianMs).toFixed(2)} |`);
}
