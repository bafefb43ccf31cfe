// Compares wasm builds finer than Chromium's timer allows: performance.now() is coarsened to
// 0.1 ms, so instead of timing each analysis this times batches of 20 and prints the median of
// 60 batch means. Usage: scripts/build-wasm.sh && node scripts/bench-chromium-batches.mjs [FILE]
// (default: the 1,000-word article). scripts/bench-browser.mjs gives the figures in BENCHMARKS.md.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { startServer } from './serve.mjs';

const path = process.argv[2] ?? 'benches/data/news-1000.txt';
const text = readFileSync(path, 'utf8');
const server = await startServer('www', 0);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/bench.html`);
  await page.waitForFunction(() => window.factlintBenchReady === true);
  const medianMs = await page.evaluate(async (text) => {
    const { analyze } = await import('./pkg/factlint.js');
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
  }, text);
  console.log(`${path}: ${medianMs.toFixed(3)} ms per analysis in Chromium ${browser.version()} (median of 60 batches of 20)`);
} finally {
  await browser.close();
  server.close();
}
