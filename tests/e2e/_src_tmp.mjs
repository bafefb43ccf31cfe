import { launch, openPage } from './browser.mjs';
const SOURCE = [
  'China has launched a series of cyber-attacks against a group of MPs and peers in an attempt to disrupt their activities.',
  'Sir Iain Duncan Smith, a former Conservative leader, and Tim Loughton, a former education minister, have been invited to a meeting.',
  'The weather in London was mild.',
].join('\n\n');
const [w = '1280', h = '800', out = '/tmp/s1.png'] = process.argv.slice(2);
const scheme = process.argv[5] ?? 'light';
const session = await launch();
try {
  const { page, log } = await openPage(session.browser, session.origin, { width: +w, height: +h, colorScheme: scheme });
  await page.click('#sources-box summary');
  await page.waitForSelector('#source-list [data-source]');
  await page.fill('#source-list [data-source] input', 'Wire copy');
  await page.fill('#source-list [data-source] textarea', SOURCE);
  await page.waitForSelector('#gutter .align-bar');
  await page.waitForSelector('body[data-pending="false"]');
  await page.click('#sources-box summary');
  const bars = await page.$$eval('#gutter .align-bar', (b) => b.map((x) => x.dataset.status));
  console.log(bars);
  const i = bars.indexOf('changed');
  await page.click(`#gutter .align-bar[data-index="${i}"]`);
  await page.waitForTimeout(200);
  await page.screenshot({ path: out });
  console.log(log.errors);
} finally { await session.close(); }
