// Screenshots of the embed demo for the README: docs/embed.png (light) and
// docs/embed-dark.png, each with the finding card open in the contenteditable.
// `panel` instead writes docs/embed-panel.png: the textarea's panel on its
// Who's who view, with a short text that names people and their roles.
// Usage: node scripts/screenshot-embed.mjs [panel]   (needs www/pkg built)
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const server = await startServer('www', 0);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const PANEL_TEXT = [
  'Maria Lopez, the education minister, said on 3 March 2024 that 40 schools would close.',
  'The town has 12000 residents. Lopez visited the town with John Smith, the mayor of Riverton.',
].join('\n');

try {
  if (process.argv[2] === 'panel') {
    const page = await browser.newPage({ viewport: { width: 1400, height: 820 }, colorScheme: 'light' });
    await page.goto(`http://127.0.0.1:${server.address().port}/embed/`);
    await page.waitForFunction(() => window.factlintDemo?.annotators.textarea?.report);
    await page.fill('#plain', PANEL_TEXT);
    await page.waitForFunction((text) => window.factlintDemo.annotators.textarea.reportText === text, PANEL_TEXT);
    await page.click('#panel-plain [role="tab"]:has-text("Who")');
    await page.click('#panel-plain .factlint-role');
    await page.waitForTimeout(200);
    await page.screenshot({ path: 'docs/embed-panel.png' });
    console.log('wrote docs/embed-panel.png');
  }
  for (const [scheme, file] of process.argv[2] === 'panel' ? [] : [['light', 'docs/embed.png'], ['dark', 'docs/embed-dark.png']]) {
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
