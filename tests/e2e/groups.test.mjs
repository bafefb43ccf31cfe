// End-to-end test of the findings panel's group rows: a passage repeated
// three times is one row listing its three copies; each copy selects its own
// passage in the text, and hovering or selecting lights up the other copies.
// Needs www/pkg (scripts/build-wasm.sh). Run: node --test tests/e2e/groups.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './browser.mjs';

const REPEATED = 'The council approved the new harbour budget on Tuesday evening.';
const TEXT = [
  REPEATED,
  'Residents were divided about the cost of the project.',
  REPEATED,
  'The mayor thanked the engineers for their careful work.',
  REPEATED,
].join('\n\n');

let session;
before(async () => {
  session = await launch();
});
after(async () => {
  await session?.close();
});

/** Start offsets of every occurrence of `needle` in `haystack`. */
function occurrences(haystack, needle) {
  const found = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function selection(page) {
  return page.evaluate(() => {
    const t = document.getElementById('text');
    return { start: t.selectionStart, end: t.selectionEnd };
  });
}

/** Start offsets (in the text) of the overlay's marks carrying `className`, adjacent marks joined. */
function markedStarts(page, className) {
  return page.evaluate((className) => {
    const mirror = document.getElementById('mirror');
    const starts = [];
    let end = -1;
    for (const mark of mirror.querySelectorAll(`mark.${className}`)) {
      const before = document.createRange();
      before.setStart(mirror, 0);
      before.setEndBefore(mark);
      const start = before.toString().length;
      if (start !== end) starts.push(start);
      end = start + mark.textContent.length;
    }
    return starts;
  }, className);
}

test('a sentence repeated three times is one group row listing its three copies', async () => {
  const { context, page, log } = await openPage(session.browser, session.origin);
  try {
    const copies = occurrences(TEXT, REPEATED);
    assert.equal(copies.length, 3);
    await page.fill('#text', TEXT);
    await page.waitForSelector('li.finding-group');
    await page.waitForSelector('body[data-pending="false"]');

    // One row for the passage, none for its copies one by one.
    const rows = await page.$$eval('details.group[data-category="repetition"] li.finding', (items) =>
      items.map((item) => ({ group: item.classList.contains('finding-group'), rule: item.dataset.rule, members: item.dataset.members })),
    );
    assert.deepEqual(rows.map((r) => [r.group, r.rule]), [[true, 'repetition/duplicate-sentence']], JSON.stringify(rows));
    assert.equal(rows[0].members.split(' ').length, 2, 'the row stands for the two later copies');
    const count = await page.textContent('details.group[data-category="repetition"] .count');
    assert.equal(count, '1', 'the category counts rows');

    const row = page.locator('li.finding-group');
    const buttons = row.locator('.copies .copy-show');
    assert.equal(await buttons.count(), 3, 'three copies listed');
    const texts = await row.locator('.copies .copy-text').allTextContents();
    assert.deepEqual(texts, [REPEATED, REPEATED, REPEATED]);
    const lines = await row.locator('.copies .where').allTextContents();
    assert.deepEqual(lines, ['1. line 1', '2. line 5', '3. line 9']);

    // Each copy selects its own passage; the other two light up as partners.
    for (const [index, start] of copies.entries()) {
      await buttons.nth(index).click();
      assert.deepEqual(await selection(page), { start, end: start + REPEATED.length }, `copy ${index + 1}`);
      // (The first copy is only evidence: choosing it selects the finding that
      // cites it, whose own passage is then lit as the active one.)
      const lit = [...(await markedStarts(page, 'partner')), ...(await markedStarts(page, 'active'))];
      for (const other of copies.filter((c) => c !== start)) {
        assert.ok(lit.includes(other), `copy ${index + 1} selected: the copy at ${other} is lit (${lit})`);
      }
      assert.equal(await row.getAttribute('class').then((c) => c.includes('active')), true, 'the row is active');
    }
    // The current copy is marked in the list (the third, a finding of its own).
    assert.equal(await buttons.nth(2).getAttribute('aria-current'), 'true');
    assert.equal(await buttons.nth(1).getAttribute('aria-current'), null);

    // Hovering the row (nothing selected) lights up the copies too.
    await page.keyboard.press('Escape');
    await page.evaluate(() => {
      const t = document.getElementById('text');
      t.setSelectionRange(t.value.length, t.value.length);
    });
    await row.locator('.finding-main').hover();
    await page.waitForFunction(() => document.querySelector('li.finding-group').classList.contains('hover'));
    const lit = await markedStarts(page, 'partner');
    assert.ok(copies.slice(0, 2).every((c) => lit.includes(c)) || copies.slice(1).every((c) => lit.includes(c)), `hover lights copies: ${lit}`);
    await page.mouse.move(5, 5);

    assert.deepEqual(log.errors, [], 'no console errors or page errors');
    assert.deepEqual(log.lateRequests, [], 'no network request after load');
  } finally {
    await context.close();
  }
});

test('a repeated passage with user markup stays literal text in its group row', async () => {
  const { context, page, log } = await openPage(session.browser, session.origin);
  try {
    const hostile = 'The <img src=x onerror="window.pwned=1"> council approved the <b>budget</b> on Tuesday.';
    await page.fill('#text', [hostile, 'Something else was said.', hostile, 'Another thing.', hostile].join('\n\n'));
    await page.waitForSelector('li.finding-group');
    await page.waitForSelector('body[data-pending="false"]');
    const texts = await page.locator('li.finding-group .copy-text').allTextContents();
    assert.deepEqual(texts, [hostile, hostile, hostile]);
    assert.equal(await page.locator('li.finding-group img, li.finding-group b').count(), 0, 'no element made from the text');
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('a sentence pasted 400 times is one row that lists its first 300 copies and says so', async () => {
  const { context, page, log } = await openPage(session.browser, session.origin);
  try {
    await page.fill('#text', Array(400).fill(REPEATED).join('\n\n'));
    await page.waitForSelector('li.finding-group .copies-more', { timeout: 30_000 });
    assert.equal(await page.locator('li.finding-group').count(), 1);
    assert.equal(await page.locator('li.finding-group .copy-show').count(), 300);
    assert.equal(await page.textContent('li.finding-group .copies-more'), 'The first 300 of 400 copies are listed.');
    assert.match(await page.textContent('li.finding-group .where'), /400 copies/);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
