// Compares wasm builds finer than Chromium's timer allows: performance.now() is coarsened to
// 0.1 ms, so instead of timing each analysis this times batches of 20 and prints the median of
// 60 batch means. Usage: scripts/build-wasm.sh && node scripts/bench-chromium-batches.mjs [--register]
// [FILE] (default: the 1,000-word article; --register loads the built-in register first, as the
// page does). scripts/bench-browser.mjs gives the figures in BENCHMARKS.md.
import { readFileSync } from 'node:fs';
import { withBenchPage } from './bench-page.mjs';

const register = process.argv.includes('--register');
const path = process.argv.slice(2).find((a) => a !== '--register') ?? 'benches/data/news-1000.txt';
const text = readFileSync(path, 'utf8');
const { result: medianMs, version } = await withBenchPage((page) => page.evaluate(async ({ text, register }) => {
  const { analyze } = await import('./pkg/factlint.js');
  if (register) await window.factlintLoadRegister();
  for (let i = 0; i < 50; i++) analyze(text); // warm-up
  const means = [];
  for (let batch = 0; batch < 60; batch++) {
    const start = performance.now();
    for (let i = 0; i < 20; i++) analyze(text);
    means.push((performance.now() - start) / 20);
    await new Promise((r) => setTimeout(r)); // let the page breathe
  }
  means.sort((a, b) => a - b);
  return (means[29] + means[30]) / 2;
}, { text, register }));
console.log(`${path}${register ? ' with the built-in register' : ''}: ${medianMs.toFixed(3)} ms per analysis in Chromium ${version} (median of 60 batches of 20)`);
