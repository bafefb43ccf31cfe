// Huge registers and sources in the page (issue #9): a register file over the page's
// 10 MB limit gets a clear message (and the command line is named), and a
// large one under it (100,000 rows, 7 MB) loads and is used by the next check;
// sources over 5 million characters are not compared, with a notice saying so.
// Needs www/pkg (scripts/build-wasm.sh). Run: node --test --test-concurrency=1 tests/e2e/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, reportCount, waitForReport } from './browser.mjs';

let session;
before(async () => {
  session = await launch();
});
after(async () => {
  await session?.close();
});

/** A distinct surname per number, in letters (names with digits are not read as names): 17 → "Baar". */
function surname(i) {
  let letters = '';
  for (let n = i, k = 0; k < 4; k += 1, n = Math.floor(n / 26)) letters = String.fromCharCode(97 + (n % 26)) + letters;
  return `B${letters}`;
}

function csvRegister(rows) {
  const lines = ['person,aliases,role,organisation,start,end,party'];
  for (let i = 0; i < rows; i += 1) lines.push(`Ann ${surname(i)},,Mayor of Town ${i},Town ${i} Council,2020-01-01,,`);
  return Buffer.from(lines.join('\n'));
}

test('registers: over 10 MB a clear refusal, 100,000 rows load and are used', { timeout: 180_000 }, async () => {
  const { context, page, log } = await openPage(session.browser, session.origin);
  try {
    await page.click('#registers-box summary');
    assert.match(await page.textContent('#registers-box .hint'), /up to 10 MB/, 'the page says how large a register may be');
    const listed = () => page.$$eval('#register-list li', (items) => items.map((i) => i.textContent));

    const huge = csvRegister(160_000);
    assert.ok(huge.length > 10_000_000);
    await page.setInputFiles('#register-file', { name: 'huge.csv', mimeType: 'text/csv', buffer: huge });
    await page.waitForFunction(() => document.getElementById('register-error').textContent !== '');
    const message = await page.textContent('#register-error');
    assert.match(message, /huge\.csv is 1\d\.\d MB; the page loads registers up to 10 MB/);
    assert.match(message, /factlint check --register FILE/);
    assert.equal((await listed()).length, 1, 'only the built-in register is loaded');

    const large = csvRegister(100_000);
    const seen = await reportCount(page);
    await page.setInputFiles('#register-file', { name: 'large.csv', mimeType: 'text/csv', buffer: large });
    await waitForReport(page, seen);
    await page.waitForSelector('#register-list li[data-label="large.csv"]', { timeout: 120_000 });
    assert.equal(await page.textContent('#register-error'), '');
    assert.match((await listed()).join('\n'), /large\.csv 100,000 people, 100,000 roles/);

    // The next check uses it: person number 99,999 is recognised under her register name.
    const name = `Ann ${surname(99_999)}`;
    const after = await reportCount(page);
    await page.fill('#text', `${name}, the mayor of the town, opened the bridge on Monday. ${name} thanked the builders.`);
    await waitForReport(page, after);
    await page.click('#tab-people');
    const title = await page.getAttribute(`#people-panel li.entity[data-name="${name}"] [title^="Checked against the register"]`, 'title');
    assert.equal(title, `Checked against the register as ${name}`);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.lateRequests, []);
  } finally {
    await context.close();
  }
});

test('sources: over 5 million characters they are not compared and the drawer says why; shortened, they are', { timeout: 180_000 }, async () => {
  const { context, page, log } = await openPage(session.browser, session.origin);
  try {
    await page.click('#sources-box summary');
    await page.waitForSelector('#source-list [data-source]');
    assert.match(await page.textContent('#sources-box .hint'), /Up to 5 million characters/);
    const setSource = (text) => page.evaluate((text) => {
      const box = document.querySelector('#source-list [data-source] textarea');
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    const lead = (await page.inputValue('#text')).split('\n')[0];
    const filler = 'The committee met again on Tuesday to discuss the budget for the coming year. ';

    let seen = await reportCount(page);
    await setSource(`${filler.repeat(Math.ceil(5_100_000 / filler.length))}\n\n${lead}`);
    await waitForReport(page, seen);
    await page.waitForSelector('body[data-pending="false"]');
    assert.match(await page.textContent('#source-limit'), /5\.1 million characters; the page compares up to 5 million/);
    assert.match(await page.textContent('#source-limit'), /factlint check --source FILE/);
    assert.equal(await page.isHidden('#gutter'), true, 'no comparison margin while over the limit');

    seen = await reportCount(page);
    await setSource(`${filler.repeat(100)}\n\n${lead}`);
    await waitForReport(page, seen);
    await page.waitForSelector('body[data-pending="false"]');
    assert.equal(await page.textContent('#source-limit'), '');
    assert.ok((await page.locator('#gutter .align-bar').count()) > 0, 'compared again once under the limit');
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.lateRequests, []);
  } finally {
    await context.close();
  }
});
