// Writes docs/screenshot.png: the page at 1280×800 with the seed article
// loaded and the first finding selected.
// Usage: node tests/e2e/screenshot.mjs [OUT.png] [WIDTH] [HEIGHT] [light|dark]
import { fileURLToPath } from 'node:url';
import { launch, openPage } from './browser.mjs';

const [out = fileURLToPath(new URL('../../docs/screenshot.png', import.meta.url)), width = '1280', height = '800', scheme = 'light'] =
  process.argv.slice(2);

const session = await launch();
try {
  const { page, log } = await openPage(session.browser, session.origin, { width: Number(width), height: Number(height), colorScheme: scheme });
  await page.locator('.finding-main').first().click();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: out });
  if (log.errors.length) console.error(log.errors.join('\n'));
  console.log(`wrote ${out}`);
} finally {
  await session.close();
}
