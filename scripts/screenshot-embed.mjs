// Screenshots of the embed demo for the README: docs/embed.png (light) and
// docs/embed-dark.png, each with the finding card open in the contenteditable.
// Usage: node scripts/screenshot-embed.mjs   (needs www/pkg built)
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const server = await startServer('www', 0);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const [scheme, file] of [['light', 'docs/embed.png'], ['dark', 'docs/embed-dark.png']]) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 820 }, colorScheme: scheme });
    await page.goto(`http://127.0.0.1:${server.address().port}/embed/`);
    await page.waitForFunction(() => window.factlintDemo?.annotators.prosemirror?.report);
    await page.waitForTimeout(500);
    await page.click('#editable');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Alt+ArrowDown');
    await page.waitForTimeout(200);
    await page.screenshot({ path: file });
    await page.close();
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
  server.close();
}
