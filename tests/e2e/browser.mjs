// Shared set-up for the end-to-end tests and the screenshot script: serves
// www/ on a free loopback port and drives Debian's Chromium with playwright-core
// (never a downloaded browser).
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

const WWW = fileURLToPath(new URL('../../www/', import.meta.url));

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

export async function launch() {
  const server = await startServer(WWW, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    origin,
    browser,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/**
 * Opens the page and waits for the first report. Records console errors,
 * page errors, dialogs, and every request (with whether it came after load).
 */
export async function openPage(browser, origin, { width = 1280, height = 800, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme });
  const page = await context.newPage();
  const log = { errors: [], dialogs: [], requests: [], lateRequests: [], loaded: false };
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => log.errors.push(`page error: ${error.message}`));
  page.on('dialog', async (dialog) => {
    log.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('request', (request) => {
    log.requests.push(request.url());
    if (log.loaded) log.lateRequests.push(request.url());
  });
  await page.goto(`${origin}/`);
  await page.waitForSelector('body[data-state="ready"]');
  await page.waitForLoadState('networkidle');
  log.loaded = true;
  return { context, page, log };
}

/** Waits until the page has applied a report newer than `after` for the textarea's current text. */
export async function waitForReport(page, after) {
  await page.waitForFunction((n) => Number(document.body.dataset.reports) > n, after);
}

export async function reportCount(page) {
  return Number(await page.evaluate(() => document.body.dataset.reports));
}

/** Pastes `text` through the clipboard (select all, Ctrl+V), as a reader would. */
export async function paste(page, origin, text) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.evaluate((text) => navigator.clipboard.writeText(text), text);
  await page.click('#text');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
}
