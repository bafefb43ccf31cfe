// Opens www/bench.html in headless Chromium, served from a local port, for the two in-browser
// benchmark scripts (bench-browser.mjs, bench-chromium-batches.mjs).
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

/** Runs `use(page)` on the ready bench page; returns its result and the Chromium version. */
export async function withBenchPage(use) {
  const server = await startServer('www', 0);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/bench.html`);
    await page.waitForFunction(() => window.factlintBenchReady === true);
    return { result: await use(page), version: browser.version() };
  } finally {
    await browser.close();
    server.close();
  }
}
