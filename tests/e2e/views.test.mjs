// End-to-end tests of the page's views beyond findings: claims (#6), the
// register drawer (#5), Who's who (#4), sources and the alignment margin (#7),
// export. Each compares what the page draws with what the same wasm core
// reports in Node (createSyncChecker), so a wrong offset or a dropped entry fails.
// Needs www/pkg (scripts/build-wasm.sh). Run: node --test --test-concurrency=1 tests/e2e/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createSyncChecker } from '../../www/lib/sync.js';
import { launch, openPage, reportCount, waitForReport } from './browser.mjs';

const SEED = await readFile(new URL('../../www/demo/seed-article.txt', import.meta.url), 'utf8');
const core = await createSyncChecker();
if (core.supportsRegisters) {
  core.loadRegister('built-in', 'json', await readFile(new URL('../../www/data/register.json', import.meta.url), 'utf8'));
}
const seedReport = core.check(SEED);
const HAS_ENTITIES = Array.isArray(seedReport.entities);
const HAS_SOURCES = (() => {
  try {
    return Array.isArray(core.check('A sentence.', { sources: [{ label: 'a', text: 'A sentence.' }] }).alignment);
  } catch {
    return false; // this core rejects the `sources` option
  }
})();

let session;
before(async () => {
  session = await launch();
});
after(async () => {
  await session?.close();
});

function assertQuiet(log) {
  assert.deepEqual(log.errors, [], 'no console errors or page errors');
  assert.deepEqual(log.lateRequests, [], 'no network request after load');
}

/** Runs `action` and waits for the report it causes. */
async function afterReport(page, action) {
  const seen = await reportCount(page);
  await action();
  await waitForReport(page, seen);
  await page.waitForSelector('body[data-pending="false"]');
}

/** Mirror marks whose class list has `className`, as {id, start, text} passages (segments of one id joined). */
function marksOf(page, className) {
  return page.evaluate((className) => {
    const mirror = document.getElementById('mirror');
    const byId = new Map();
    for (const mark of mirror.querySelectorAll(`mark.${className}`)) {
      const before = document.createRange();
      before.setStart(mirror, 0);
      before.setEndBefore(mark);
      const start = before.toString().length;
      for (const id of mark.dataset.ids.split(' ')) {
        const passage = byId.get(id);
        if (passage && passage.start + passage.text.length === start) passage.text += mark.textContent;
        else if (!passage) byId.set(id, { id, start, text: mark.textContent });
      }
    }
    return [...byId.values()];
  }, className);
}

function selectionText(page) {
  return page.evaluate(() => {
    const t = document.getElementById('text');
    return { start: t.selectionStart, text: t.value.slice(t.selectionStart, t.selectionEnd) };
  });
}

test('claims: the switch highlights each claim part at its words; the date resolves "Monday" to 2024-03-25', async () => {
  const { context, page, log } = await openPage(session.browser, session.origin);
  try {
    assert.equal(await page.locator('#mirror mark.claim-mark').count(), 0, 'no claim highlights until the switch is on');
    await page.check('#show-claims');
    // Every typed part of every claim, as the core reports it, is highlighted at its own offset.
    const expected = seedReport.claims.flatMap((claim) => claim.parts.map((part) => ({ start: part.span.start, text: part.text })));
    assert.ok(expected.length >= 10, `the seed has typed claim parts (${expected.length})`);
    const drawn = await marksOf(page, 'claim-mark');
    // A claim part under a finding shows the finding's class (findings are the loud layer), so
    // compare the parts outside findings exactly, and require the rest to be marked at all.
    const covered = await page.evaluate(() => [...document.querySelectorAll('#mirror mark')].flatMap((m) => m.dataset.ids.split(' ')));
    const claimIds = covered.filter((id) => /^c\d+-p\d+$/.test(id));
    assert.equal(new Set(claimIds).size, expected.length, 'one mark id per claim part');
    for (const passage of drawn) {
      assert.equal(SEED.slice(passage.start, passage.start + passage.text.length), passage.text, 'the mark sits on its words');
      assert.ok(expected.some((e) => e.start <= passage.start && passage.start + passage.text.length <= e.start + e.text.length), `mark "${passage.text}" is inside a claim part`);
    }
    const monday = drawn.find((m) => m.text === 'Monday');
    assert.ok(monday, 'the weekday in S4 is highlighted');
    assert.equal(monday.start, SEED.indexOf('On Monday') + 3);
    // Lighter than findings: no fill on a claim mark, a fill on a finding mark.
    const looks = await page.evaluate(() => {
      const style = (selector) => getComputedStyle(document.querySelector(selector));
      return {
        claim: style('#mirror mark.claim-mark:not(.type-date)').backgroundColor,
        finding: style('#mirror mark.cat-repetition').backgroundColor,
        claimLine: style('#mirror mark.claim-mark').textDecorationStyle,
      };
    });
    assert.equal(looks.claim, 'rgba(0, 0, 0, 0)');
    assert.notEqual(looks.finding, 'rgba(0, 0, 0, 0)');
    assert.equal(looks.claimLine, 'dotted');

    // The Claims view: without a date, relative dates wait for one.
    await page.click('#tab-claims');
    const s4 = page.locator('#claims-panel li.claim[data-sentence="4"]');
    assert.match(await s4.locator('li.part.type-date').first().textContent(), /Monday.*needs the publication date/);
    // With the date, Monday resolves to the Monday after Sunday 24 March 2024.
    await afterReport(page, () => page.fill('#pub-date', '2024-03-24'));
    assert.match(await s4.locator('li.part.type-date').first().textContent(), /Monday\s*→ 2024-03-25/);
    const s11 = page.locator('#claims-panel li.claim[data-sentence="11"]');
    assert.match(await s11.locator('li.part.type-date').first().textContent(), /Last year\s*→ 2023/);
    const dated = core.check(SEED, { date: '2024-03-24' });

    // Sorted by score by default ("what to check first"), by position on request.
    const shownOrder = () => page.$$eval('#claims-panel li.claim', (items) => items.map((i) => Number(i.dataset.sentence)));
    const byScore = [...dated.claims].sort((a, b) => b.score - a.score || a.sentenceNumber - b.sentenceNumber).map((c) => c.sentenceNumber);
    assert.deepEqual(await shownOrder(), byScore);
    await page.selectOption('#claims-order', 'position');
    assert.deepEqual(await shownOrder(), dated.claims.map((c) => c.sentenceNumber));
    assert.ok((await page.locator('#claims-panel .type').count()) > 0, 'type labels are shown');

    // Clicking a claim selects its sentence in the text.
    await s4.locator('.claim-main').click();
    const sentence4 = dated.claims.find((c) => c.sentenceNumber === 4);
    assert.deepEqual(await selectionText(page), { start: sentence4.span.start, text: sentence4.text });
    // Keyboard: the claim buttons are reachable and work with Enter.
    await page.locator('#claims-panel li.claim[data-sentence="11"] .claim-main').focus();
    await page.keyboard.press('Enter');
    assert.equal((await selectionText(page)).text, dated.claims.find((c) => c.sentenceNumber === 11).text);

    // A malformed date never reaches the core from the date field (the browser only gives valid dates),
    // and clearing it goes back to unresolved dates.
    await afterReport(page, () => page.fill('#pub-date', ''));
    assert.match(await s4.locator('li.part.type-date').first().textContent(), /needs the publication date/);
    assertQuiet(log);
  } finally {
    await context.close();
  }
});

test('register: the built-in one is fetched once, at load; a malformed CSV shows its line and field and loses nothing', async () => {
  const { context, page, log } = await openPage(session.browser, session.origin);
  try {
    const registerRequests = log.requests.filter((url) => url.endsWith('/data/register.json'));
    assert.equal(registerRequests.length, 1, 'the built-in register was requested once, during load');
    await page.click('#registers-box summary');
    const listed = () => page.$$eval('#register-list li', (items) => items.map((i) => i.dataset.label));
    assert.deepEqual(await listed(), ['built-in']);
    assert.match(await page.textContent('#register-list li[data-label="built-in"]'), /1,766 people/);

    // A malformed CSV (30 February): the core's message, naming line and field.
    await page.setInputFiles('#register-file', {
      name: 'newsroom.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('person,role,organisation,start,end\nAlison Giles,Director of Security,Parliament,2019-06-01,\nJane Example,Editor,The Paper,2021-02-30,\n'),
    });
    await page.waitForFunction(() => document.getElementById('register-error').textContent !== '');
    const message = await page.textContent('#register-error');
    assert.match(message, /newsroom\.csv/);
    assert.match(message, /line 3/);
    assert.match(message, /field `start`/);
    assert.equal(await page.getAttribute('#register-error', 'role'), 'alert');
    assert.deepEqual(await listed(), ['built-in'], 'the built-in register is still loaded, the bad file is not');

    // A JSON syntax error says where too.
    await page.setInputFiles('#register-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"people": [\n {"name": "A B",}\n]}') });
    await page.waitForFunction(() => document.getElementById('register-error').textContent.includes('broken.json'));
    assert.match(await page.textContent('#register-error'), /line 2/);

    // The page keeps working: typing still gets checked.
    const sentence = 'The council approved the budget on Monday night.';
    await afterReport(page, async () => {
      await page.click('#text');
      await page.keyboard.press('Control+A');
      await page.keyboard.type(`${sentence} Then it adjourned. ${sentence}`);
    });
    assert.equal(await page.locator('li.finding[data-rule="repetition/duplicate-sentence"]').count(), 1);

    // A good CSV loads (and clears the error), is listed with its counts, and can be removed.
    await afterReport(page, () =>
      page.setInputFiles('#register-file', {
        name: 'newsroom.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('person,aliases,role,organisation,start,end,party\nAlison Giles,,Director of Security,Parliament,2019-06-01,,\nJane Example,,,,2015-05-07,2019-11-06,Labour\n'),
      }),
    );
    assert.deepEqual(await listed(), ['built-in', 'newsroom.csv']);
    assert.match(await page.textContent('#register-list li[data-label="newsroom.csv"]'), /2 people/);
    assert.equal(await page.textContent('#register-error'), '');
    await afterReport(page, () => page.click('#register-list li[data-label="newsroom.csv"] button'));
    assert.deepEqual(await listed(), ['built-in']);

    // On the seed, the built-in register questions Duncan Smith's role; switching the
    // check off removes that finding, switching it on brings it back without a new request.
    const registerFindings = () => page.$$eval('li.finding', (items) => items.map((i) => i.dataset.rule).filter((r) => r.startsWith('register/')));
    await afterReport(page, () => page.click('#load-example'));
    const withRegister = await registerFindings();
    const expected = core.check(SEED).findings.filter((f) => f.category === 'register').map((f) => f.rule);
    assert.deepEqual(withRegister, expected, 'the page shows the register findings the core gives with the built-in register');
    assert.ok(withRegister.includes('register/role-held-by-other'), `the seed's wrong role is found: ${withRegister}`);
    await afterReport(page, () => page.uncheck('#use-register'));
    assert.deepEqual(await registerFindings(), []);
    await afterReport(page, () => page.check('#use-register'));
    assert.deepEqual(await registerFindings(), withRegister);

    // A user's register is read from the file in the tab: no request at all.
    assertQuiet(log);
    assert.equal(log.requests.filter((url) => url.endsWith('/data/register.json')).length, 1);
    assert.ok(log.requests.every((url) => url.startsWith(`${session.origin}/`)));
  } finally {
    await context.close();
  }
});

test("who's who: every person with the text's descriptions; mentions and roles select their words", { skip: !HAS_ENTITIES && 'this core has no entities section yet' }, async () => {
  const { context, page, log } = await openPage(session.browser, session.origin);
  try {
    await page.click('#tab-people');
    const names = await page.$$eval('#people-panel li.entity', (items) => items.map((i) => i.dataset.name));
    assert.deepEqual(names.sort(), seedReport.entities.map((e) => e.name).sort(), 'one entry per entity of the report');
    for (const name of ['Tim Loughton', 'Oliver Dowden', 'Alison Giles']) assert.ok(names.includes(name), `${name} is listed`);
    const smith = seedReport.entities.find((e) => /Duncan Smith/.test(e.name));
    assert.ok(smith, 'Duncan Smith is an entity');
    const entry = page.locator(`#people-panel li.entity[data-name="${smith.name}"]`);
    const roles = await entry.locator('.role-phrase').allTextContents();
    assert.equal(roles.length, smith.roles.length, 'every description of him is listed');
    assert.ok(roles.some((r) => /former education minister/.test(r)), `Duncan Smith's role is shown: ${roles}`);
    // The register's finding on that description is flagged beside it, and leads to the finding.
    await entry.locator('.role-flag', { hasText: 'register/role-held-by-other' }).click();
    assert.equal(await page.getAttribute('#tab-findings', 'aria-selected'), 'true');
    assert.equal(await page.getAttribute('li.finding.active', 'data-rule'), 'register/role-held-by-other');
    await page.click('#tab-people');
        // Clicking the role selects it in the text; clicking a mention selects the mention.
    const role = smith.roles.find((r) => /former education minister/.test(r.phrase.text));
    await entry.locator('.role-phrase', { hasText: 'former education minister' }).click();
    assert.deepEqual(await selectionText(page), { start: role.phrase.span.start, text: role.phrase.text });
    const mention = smith.mentions.at(-1);
    await entry.locator('.mention').last().click();
    assert.deepEqual(await selectionText(page), { start: mention.span.start, text: mention.text });
    assert.equal(await page.locator('#mirror mark.sentence-active').count() > 0, true, 'the chosen passage is lit');
    assertQuiet(log);
  } finally {
    await context.close();
  }
});

const SOURCE = [
  'China has launched a series of cyber-attacks against a group of MPs and peers in an attempt to disrupt their activities.',
  'Sir Iain Duncan Smith, a former Conservative leader, and Tim Loughton, a former education minister, have been invited to a meeting.',
  'The weather in London was mild.',
].join('\n\n');

test('sources: a pasted source gives one margin bar per sentence; a bar opens the comparison with the differing words', { skip: !HAS_SOURCES && 'this core has no sources option yet' }, async () => {
  const { context, page, log } = await openPage(session.browser, session.origin);
  try {
    assert.equal(await page.isHidden('#gutter'), true, 'no margin without sources');
    await page.click('#sources-box summary');
    // Opening the drawer offers one empty source; "Add a source" adds another, "Remove" takes it away.
    await page.waitForSelector('#source-list [data-source]');
    await page.click('#add-source');
    assert.equal(await page.locator('#source-list [data-source]').count(), 2);
    await page.click('#source-list [data-source]:nth-child(2) button');
    assert.equal(await page.locator('#source-list [data-source]').count(), 1);
    await page.fill('#source-list [data-source] input', 'Wire copy');
    await afterReport(page, () => page.fill('#source-list [data-source] textarea', SOURCE));
    const expected = core.check(SEED, { sources: [{ label: 'Wire copy', text: SOURCE }] }).alignment;
    assert.ok(expected.length > 0);
    const bars = await page.$$eval('#gutter .align-bar', (items) => items.map((b) => ({ status: b.dataset.status, letter: b.textContent, label: b.getAttribute('aria-label') })));
    assert.deepEqual(bars.map((b) => b.label.match(/^Sentence (\d+):/)[1]), expected.map((a) => String(a.sentence + 1)), 'bars are labelled with sentence numbers from 1');
    assert.deepEqual(bars.map((b) => b.status), expected.map((a) => a.status), 'one bar per sentence, in order, with its status');
    assert.ok(bars.every((b) => ({ supported: 'S', changed: 'C', unsupported: 'U' })[b.status] === b.letter), 'each bar has its letter cue');
    assert.ok(expected.some((a) => a.status === 'supported') && expected.some((a) => a.status !== 'supported'), 'the seed against this source has both kinds');

    // Each bar sits beside its sentence: its top is within the sentence's first line box.
    const placed = await page.evaluate(() =>
      [...document.querySelectorAll('#gutter .align-bar')].map((bar) => {
        const segment = [...document.querySelectorAll('#mirror mark')].find((m) => m.dataset.ids.split(' ').includes(`a${bar.dataset.index}`));
        const b = bar.getBoundingClientRect();
        const s = segment?.getClientRects()[0];
        return s ? Math.abs(b.top - s.top) : Infinity;
      }),
    );
    assert.ok(placed.every((d) => d <= 6), `bars line up with their sentences: ${placed}`);

    // Clicking a changed or unsupported bar shows the comparison in the Sources view.
    const index = expected.findIndex((a) => a.status === 'changed' && a.sources?.length);
    assert.ok(index >= 0, 'the seed against this source has a changed sentence');
    {
      await page.click(`#gutter .align-bar[data-index="${index}"]`);
      assert.equal(await page.getAttribute('#tab-sources', 'aria-selected'), 'true');
      const comparison = page.locator('#sources-panel .comparison');
      assert.match(await comparison.textContent(), new RegExp(`Sentence ${expected[index].sentence + 1}: changed`));
      assert.match(await comparison.textContent(), /Source: Wire copy, line \d+/);
      assert.ok((await comparison.locator('mark.diff-text').count()) > 0, 'words the source lacks are marked');
      assert.equal((await selectionText(page)).text, expected[index].text, 'the sentence is selected in the text');
    }
    // A source's label and text stay literal characters in the comparison (no markup is parsed).
    const hostile = '<img src=x onerror=alert(1)>';
    await afterReport(page, () => page.fill('#source-list [data-source] input', hostile));
    await page.click(`#gutter .align-bar[data-index="${index}"]`);
    assert.ok((await page.textContent('#sources-panel .comparison')).includes(`Source: ${hostile}`));
    assert.equal(await page.locator('img').count(), 0);
    // Removing the source removes the margin.
    await afterReport(page, () => page.click('#source-list [data-source] button'));
    assert.equal(await page.isHidden('#gutter'), true);
    assertQuiet(log);
  } finally {
    await context.close();
  }
});

test('about: the register sources are credited as their licences ask', async () => {
  const { context, page, log } = await openPage(session.browser, session.origin);
  try {
    await page.click('.about summary');
    const notices = await page.textContent('#notices');
    assert.match(notices, /Contains data from the Institute for Government Ministers Database \(CC BY 4\.0\)\./);
    assert.match(notices, /US congress-legislators data \(CC0\)\./);
    assert.match(await page.textContent('#credits'), /CheckThat!/);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.about[open]').count(), 0);
    assertQuiet(log);
  } finally {
    await context.close();
  }
});

test('offline: after the first visit the page, its views and the built-in register work without a network', async () => {
  const { context, page, log } = await openPage(session.browser, session.origin);
  try {
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.ready;
      return Boolean(registration.active && navigator.serviceWorker.controller);
    }, null, { timeout: 15_000 });
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('body[data-state="ready"]', { timeout: 15_000 });
    assert.equal(await page.inputValue('#text'), SEED, 'the demo text came from the cache');
    // The register came from the cache too: its finding is there.
    const rules = await page.$$eval('li.finding', (items) => items.map((i) => i.dataset.rule));
    const expected = seedReport.findings.map((f) => f.rule);
    assert.deepEqual(rules.sort(), expected.sort());
    await page.click('#tab-claims');
    assert.ok((await page.locator('#claims-panel li.claim').count()) > 0);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.setOffline(false);
    await context.close();
  }
});

test('420 px wide: every view fits the width; the tabs work from the keyboard', async () => {
  const { context, page, log } = await openPage(session.browser, session.origin, { width: 420, height: 800 });
  try {
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.focus('#tab-findings');
    for (const [key, view] of [['ArrowRight', 'claims'], ['ArrowRight', 'people'], ['ArrowRight', 'sources'], ['ArrowRight', 'findings'], ['End', 'sources'], ['Home', 'findings'], ['ArrowLeft', 'sources']]) {
      await page.keyboard.press(key);
      assert.equal(await page.evaluate(() => document.body.dataset.view), view, `${key} shows ${view}`);
      assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-selected')), 'true', 'focus follows the chosen tab');
      assert.equal(await page.locator('.findings-pane [role="tabpanel"]:not([hidden])').count(), 1, 'one view shown at a time');
      assert.ok((await overflow()) <= 0, `the ${view} view fits 420 px (${await overflow()} px too wide)`);
    }
    await page.check('#show-claims');
    await page.click('#registers-box summary');
    await page.click('#sources-box summary');
    await afterReport(page, () => page.fill('#source-list [data-source] textarea', SOURCE));
    assert.ok((await page.locator('#gutter .align-bar').count()) > 0);
    assert.ok((await overflow()) <= 0, 'with the drawers open, claims shown and the margin drawn, the page still fits');
    assertQuiet(log);
  } finally {
    await context.close();
  }
});

test('export: the JSON button downloads the report the page shows', async () => {
  const { context, page, log } = await openPage(session.browser, session.origin);
  try {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.export button[data-format="json"]')]);
    const report = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(report.findings.length, await page.locator('li.finding').count());
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('.export button[data-format="csv"]')]);
    const lines = (await readFile(await csv.path(), 'utf8')).trim().split('\n');
    assert.equal(lines.length, report.findings.length + 1, 'a header and one line per finding');
    assertQuiet(log);
  } finally {
    await context.close();
  }
});
