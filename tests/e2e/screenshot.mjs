// Writes docs/screenshot.png: the page at 1280×800 with the seed article
// loaded and its register finding selected; or another view of the seed.
// Usage: node tests/e2e/screenshot.mjs [OUT.png] [WIDTH] [HEIGHT] [light|dark] [findings|claims|people]
//   claims: publication date 2024-03-24, claim highlights on, the Claims view;
//   people: the Who's who view with Duncan Smith's description chosen.
import { fileURLToPath } from 'node:url';
import { launch, openPage } from './browser.mjs';

const [out = fileURLToPath(new URL('../../docs/screenshot.png', import.meta.url)), width = '1280', height = '800', scheme = 'light', view = 'findings'] =
  process.argv.slice(2);

const session = await launch();
try {
  const { page, log } = await openPage(session.browser, session.origin, { width: Number(width), height: Number(height), colorScheme: scheme });
  if (view === 'claims') {
    const reports = Number(await page.evaluate(() => document.body.dataset.reports));
    await page.fill('#pub-date', '2024-03-24');
    await page.waitForFunction((n) => Number(document.body.dataset.reports) > n, reports);
    await page.check('#show-claims');
    await page.click('#tab-claims');
    await page.locator('#claims-panel li.claim[data-sentence="4"] .claim-main').click();
  } else if (view === 'people') {
    await page.click('#tab-people');
    await page.locator('#people-panel .role-phrase', { hasText: 'former education minister' }).click();
  } else {
    // The seed's headline finding (the register's, when the core has it), else the first.
    const headline = page.locator('li.finding[data-rule="register/role-held-by-other"] .finding-main');
    await ((await headline.count()) ? headline : page.locator('.finding-main').first()).click();
  }
  await page.mouse.move(0, 0);
  await page.screenshot({ path: out });
  if (log.errors.length) console.error(log.errors.join('\n'));
  console.log(`wrote ${out}`);
} finally {
  await session.close();
}
