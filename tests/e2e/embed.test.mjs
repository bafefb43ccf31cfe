// The embeddable host in Debian's Chromium: attach() on a textarea and a
// contenteditable element, the ProseMirror plugin, the offline service worker,
// and main-thread responsiveness while the worker analyses 5 MB.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

let server;
let browser;
let base;
const served = []; // every path the server answered, in order

before(async () => {
  server = await startServer('www', 0);
  server.on('request', (request) => served.push(request.url));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
});

after(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

/** A page on the demo that records console errors and page errors. */
async function openDemo(context) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}/embed/`);
  await page.waitForFunction(() => /ready|finding/.test(document.getElementById('status-text').textContent));
  // The first visit installs the service worker, which fetches the files it
  // caches; wait for that, so later requests can be told apart from it.
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return Boolean(registration.active && navigator.serviceWorker.controller);
  }, null, { timeout: 15_000 });
  return { page, errors };
}

const FIRST = 'Rivers rose across the valley on Tuesday.';
const SECOND = 'Schools in three villages stayed closed all week.';
const TEXT = `${FIRST} The mayor opened the new bridge at noon. ${FIRST} Nobody was hurt in the storm. ${SECOND} ${SECOND}`;

// How each editor is reached and how its marks are read back as text.
const EDITORS = {
  textarea: { selector: '#plain' },
  contenteditable: { selector: '#editable' },
  prosemirror: { selector: '#pm-editor' },
};

/** The underlined passages of one editor, each with the text before it (to
 * check the position, not just the words), read from what is drawn. */
function readMarks(page, name) {
  return page.evaluate((name) => {
    const textBefore = (root, node, offset) => {
      const range = document.createRange();
      range.setStart(root, 0);
      range.setEnd(node, offset);
      return range.toString().length;
    };
    if (name === 'textarea') {
      const mirror = document.querySelector('#plain + .factlint-mirror');
      return [...mirror.querySelectorAll('.factlint-mark')].map((mark) => ({
        text: mark.textContent, at: textBefore(mirror, mark, 0), active: mark.classList.contains('factlint-active'),
        category: mark.className.match(/factlint-cat-(\w+)/)[1],
      }));
    }
    if (name === 'contenteditable') {
      const root = document.getElementById('editable');
      const active = new Set(CSS.highlights.get('factlint-active') ?? []);
      return [...(CSS.highlights.get('factlint-repetition') ?? [])]
        .filter((range) => root.contains(range.startContainer))
        .map((range) => ({ text: range.toString(), at: textBefore(root, range.startContainer, range.startOffset), active: active.has(range), category: 'repetition' }))
        .sort((a, b) => a.at - b.at);
    }
    const root = document.getElementById('pm-editor');
    // ProseMirror may split one decoration over several spans; join neighbours with the same index.
    const marks = [];
    for (const span of root.querySelectorAll('.factlint-mark')) {
      const last = marks[marks.length - 1];
      if (last && last.index === span.dataset.factlintIndex) last.text += span.textContent;
      else marks.push({ index: span.dataset.factlintIndex, text: span.textContent, at: textBefore(root, span, 0), active: span.classList.contains('factlint-active'), category: span.className.match(/factlint-cat-(\w+)/)[1] });
    }
    return marks.map(({ index, ...mark }) => mark);
  }, name);
}

async function typeInto(page, name, text) {
  const { selector } = EDITORS[name];
  await page.click(selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

function waitForFindings(page, name, count) {
  return page.waitForFunction(([name, count]) => {
    const annotator = window.factlintDemo.annotators[name];
    return annotator.report && annotator.text === annotator.adapter.readText() && annotator.findings.length === count;
  }, [name, count], { timeout: 10_000 });
}

async function selectedText(page, name) {
  return page.evaluate((name) => {
    if (name === 'textarea') {
      const textarea = document.getElementById('plain');
      return textarea.value.slice(textarea.selectionStart, textarea.selectionEnd);
    }
    return getSelection().toString();
  }, name);
}

for (const name of Object.keys(EDITORS)) {
  test(`${name}: underlines at the right words, hover card, next/previous, ignore that survives a reload`, async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
      const { page, errors } = await openDemo(context);
      const requestsAtLoad = served.length;

      await typeInto(page, name, TEXT);
      await waitForFindings(page, name, 2);
      await page.waitForTimeout(400); // no late report may change the picture
      let marks = await readMarks(page, name);
      assert.deepEqual(marks.map((m) => [m.text, m.at, m.category]), [
        [FIRST, TEXT.lastIndexOf(FIRST), 'repetition'],
        [SECOND, TEXT.lastIndexOf(SECOND), 'repetition'],
      ]);

      // Hovering the second underline shows its card.
      const point = await page.evaluate((name) => {
        const rects = {
          textarea: () => [...document.querySelectorAll('#plain + .factlint-mirror .factlint-mark')].at(-1).getClientRects(),
          contenteditable: () => [...CSS.highlights.get('factlint-repetition')].filter((r) => document.getElementById('editable').contains(r.startContainer))
            .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).at(-1).getClientRects(),
          prosemirror: () => [...document.querySelectorAll('#pm-editor .factlint-mark')].at(-1).getClientRects(),
        }[name]();
        const last = rects[rects.length - 1];
        return { x: last.right - 6, y: last.top + last.height / 2 };
      }, name);
      await page.mouse.move(point.x, point.y);
      const hovered = page.locator('.factlint-card:not([hidden])');
      await hovered.waitFor();
      assert.match(await hovered.textContent(), /first occurrence.*Schools in three villages/);
      await page.mouse.move(1, 1);
      await page.waitForFunction(() => !document.querySelector('.factlint-card:not([hidden])'));

      // Keyboard navigation from the caret (at the end): next wraps to the first finding.
      await page.keyboard.press('Alt+ArrowDown');
      assert.equal(await selectedText(page, name), FIRST);
      marks = await readMarks(page, name);
      assert.deepEqual(marks.map((m) => m.active), [true, false]);
      const card = page.locator('.factlint-card:not([hidden])');
      assert.match(await card.textContent(), /repeats the sentence/);
      await page.keyboard.press('Alt+ArrowDown');
      assert.equal(await selectedText(page, name), SECOND);
      assert.deepEqual((await readMarks(page, name)).map((m) => m.active), [false, true]);
      await page.keyboard.press('Alt+ArrowUp');
      assert.equal(await selectedText(page, name), FIRST);

      // Ignore the current finding (the first repeat): its underline goes, the other stays.
      await page.keyboard.press('Alt+KeyI');
      marks = await readMarks(page, name);
      assert.deepEqual(marks.map((m) => [m.text, m.at]), [[SECOND, TEXT.lastIndexOf(SECOND)]]);
      const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
      assert.ok(stored.includes('factlint:ignored:'), 'the ignore list is stored');
      assert.ok(!stored.includes('Rivers'), 'no user text is stored');
      assert.equal(served.length, requestsAtLoad, `no network requests after load: ${served.slice(requestsAtLoad)}`);

      // Still ignored after a reload, for the same words wherever they are.
      await page.reload();
      await page.waitForFunction(() => /ready|finding/.test(document.getElementById('status-text').textContent));
      await typeInto(page, name, `Prologue sentence comes first here. ${TEXT}`);
      await waitForFindings(page, name, 1);
      marks = await readMarks(page, name);
      const shifted = `Prologue sentence comes first here. ${TEXT}`;
      assert.deepEqual(marks.map((m) => [m.text, m.at]), [[SECOND, shifted.lastIndexOf(SECOND)]]);

      // Clearing brings it back.
      await page.click('#clear-ignored');
      await waitForFindings(page, name, 2);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test('textarea: marks follow an edit before them until the next report, and follow wrapping and scrolling', async () => {
  const context = await browser.newContext();
  try {
    const { page, errors } = await openDemo(context);
    await typeInto(page, 'textarea', TEXT);
    await waitForFindings(page, 'textarea', 2);
    // Type at the very start, faster than the check delay, and read the marks at once.
    await page.evaluate(() => { window.factlintDemo.annotators.textarea.delay = 5000; });
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Big ');
    const marks = await readMarks(page, 'textarea');
    const now = `Big ${TEXT}`;
    assert.deepEqual(marks.map((m) => [m.text, m.at]), [[FIRST, now.lastIndexOf(FIRST)], [SECOND, now.lastIndexOf(SECOND)]]);

    // A long text that wraps and scrolls: the mirror wraps like the textarea
    // (same scroll height) and follows its scrolling.
    await page.evaluate(() => { window.factlintDemo.annotators.textarea.delay = 250; });
    const long = `${'A fairly long line of text that wraps in the box, with words of varied length. '.repeat(3)}\n`.repeat(12) + TEXT;
    await page.fill('#plain', long);
    await waitForFindings(page, 'textarea', 2);
    await page.evaluate(() => { document.getElementById('plain').scrollTop = 10_000; document.getElementById('plain').dispatchEvent(new Event('scroll')); });
    const geometry = await page.evaluate(() => {
      const textarea = document.getElementById('plain');
      const mirror = textarea.nextElementSibling;
      const box = textarea.getBoundingClientRect();
      const mark = mirror.querySelector('.factlint-mark:last-child, .factlint-mark').getBoundingClientRect();
      return { heights: [textarea.scrollHeight, mirror.scrollHeight], tops: [textarea.scrollTop, mirror.scrollTop],
        markInside: mark.top >= box.top && mark.bottom <= box.bottom, scrolled: textarea.scrollTop > 0 };
    });
    assert.ok(geometry.scrolled);
    assert.equal(geometry.heights[0], geometry.heights[1], 'the mirror wraps like the textarea');
    assert.equal(geometry.tops[0], geometry.tops[1], 'the mirror scrolls with the textarea');
    assert.ok(geometry.markInside, 'the underline is drawn inside the visible box');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('offline: after the first visit the service worker serves the page, and analysis works', async () => {
  const context = await browser.newContext();
  try {
    const { page, errors } = await openDemo(context);
    await context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => /ready|finding/.test(document.getElementById('status-text').textContent), null, { timeout: 15_000 });
    await typeInto(page, 'textarea', TEXT);
    await waitForFindings(page, 'textarea', 2);
    assert.deepEqual((await readMarks(page, 'textarea')).map((m) => m.text), [FIRST, SECOND]);
    assert.deepEqual(errors, []);
  } finally {
    await context.setOffline(false);
    await context.close();
  }
});

test('responsive: input events are handled within 100 ms while the worker analyses 5 MB', async () => {
  const context = await browser.newContext();
  try {
    const { page, errors } = await openDemo(context);
    await page.evaluate(() => {
      const probe = document.createElement('input');
      probe.id = 'probe';
      probe.setAttribute('aria-label', 'probe');
      document.body.prepend(probe);
      const words = 'river council budget school bridge storm mayor valley report market'.split(' ');
      const parts = [];
      for (let n = 0, size = 0; size < 5_000_000; n++) {
        const sentence = `Item ${n} says the ${words[n % 10]} met the ${words[(n * 7) % 10]} on day ${(n * 13) % 997}.`;
        parts.push(sentence, n % 5 === 4 ? '\n' : ' ');
        size += sentence.length + 1;
      }
      const big = parts.join('');
      const state = window.stress = { inputLags: [], heartbeatLags: [], done: false, length: big.length };
      probe.addEventListener('keydown', (event) => {
        if (!state.done) state.inputLags.push(performance.now() - event.timeStamp);
      });
      let expected = performance.now() + 20;
      const beat = () => {
        const now = performance.now();
        if (state.started && !state.done) state.heartbeatLags.push(now - expected);
        expected = now + 20;
        if (!state.done) setTimeout(beat, 20);
      };
      beat();
      const checker = window.factlintDemo.checker;
      const stop = checker.onProgress((event) => {
        if (event.phase === 'analyse' && event.length === big.length) state.started = performance.now();
        if (event.phase === 'done' && event.length === big.length) state.elapsedMs = event.elapsedMs;
      });
      checker.check(big, {}, { key: 'stress' }).then((report) => {
        state.done = true;
        state.sentences = report.stats.sentences;
        stop();
      }, (error) => { state.done = true; state.error = String(error); });
    });
    await page.focus('#probe');
    await page.waitForFunction(() => window.stress.started, null, { timeout: 20_000 });
    while (!(await page.evaluate(() => window.stress.done))) {
      await page.keyboard.type('abc');
      await page.waitForTimeout(30);
    }
    const state = await page.evaluate(() => window.stress);
    assert.equal(state.error, undefined);
    assert.ok(state.length >= 5_000_000);
    assert.ok(state.sentences > 80_000, `the whole text was analysed (${state.sentences} sentences)`);
    assert.ok(state.inputLags.length >= 10, `${state.inputLags.length} key events during ${state.elapsedMs} ms of analysis`);
    const worstInput = Math.max(...state.inputLags);
    const worstBeat = Math.max(...state.heartbeatLags);
    const beats = state.heartbeatLags.length;
    console.log(`# 5 MB analysed in ${state.elapsedMs} ms; ${state.inputLags.length} key events, worst input delay `
      + `${worstInput.toFixed(1)} ms; ${beats} beats of a 20 ms timer, worst lag ${worstBeat.toFixed(1)} ms`);
    // The requirement: key events are handled within 100 ms (event.timeStamp is when the input
    // arrived, so this includes any wait behind other work on the main thread).
    assert.ok(worstInput < 100, `worst input delay ${worstInput} ms`);
    // And the main thread kept running timers throughout. Their exact lateness is not asserted:
    // on a 2-core machine shared with builds, the OS scheduler alone delays a timer by 100-200 ms
    // now and then (seen at load average 12), while an analysis on the main thread would stop
    // them for the whole run.
    assert.ok(beats >= state.elapsedMs / 20 / 2, `${beats} timer beats in ${state.elapsedMs} ms`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('checker queue: latest wins per key, other keys are kept; progress phases in order', async () => {
  const context = await browser.newContext();
  try {
    const { page, errors } = await openDemo(context);
    const outcome = await page.evaluate(async () => {
      const { checker } = window.factlintDemo;
      const phases = [];
      const settle = (promise) => promise.then((report) => `ok ${report.stats.sentences}`, (error) => error.name);
      const big = 'One sentence here. '.repeat(20000);
      // Drain the queue first: the demo's editors check their own text at load,
      // and on a slow machine those checks may still be running or queued.
      // Slots are served in the order they were filled, so when this resolves
      // nothing is running or waiting.
      await checker.check('Idle now.', {}, { key: 'drain' });
      // Listen only from here, so the first request seen to start is the big one.
      const stop = checker.onProgress((event) => phases.push(`${event.id}:${event.phase}`));
      const results = await Promise.all([
        settle(checker.check(big, {}, { key: 'a' })), // runs at once
        settle(checker.check('First waiting text.', {}, { key: 'a' })), // replaced by the next one
        settle(checker.check('Other editor text. And more.', {}, { key: 'b' })), // another key: kept
        settle(checker.check('Latest text. Wins. Here.', {}, { key: 'a' })),
      ]);
      stop();
      return { results, phases };
    });
    assert.deepEqual(outcome.results, ['ok 20000', 'SupersededError', 'ok 2', 'ok 3']);
    // The big request is the first one seen to start. (The first event overall may be
    // the 'done' of the drain check, which had started before the listener.)
    const bigId = outcome.phases.find((p) => p.endsWith(':start')).split(':')[0];
    const bigPhases = outcome.phases.filter((p) => p.startsWith(`${bigId}:`)).map((p) => p.split(':')[1]);
    assert.deepEqual(bigPhases, ['start', 'analyse', 'done']);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('panel: no layout jump, counts, filter, sort, keyboard, choosing a finding; hover card; CSV export', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    const { page, errors } = await openDemo(context);
    const layout = () => page.evaluate(() => ['#plain', '#editable', '#pm-editor', '#panel-plain', '#panel-editable']
      .map((selector) => { const r = document.querySelector(selector).getBoundingClientRect(); return [r.top, r.left, r.width].join(); }));
    await typeInto(page, 'textarea', 'No findings in this short text.');
    await waitForFindings(page, 'textarea', 0);
    const before = await layout();
    await typeInto(page, 'textarea', TEXT);
    await waitForFindings(page, 'textarea', 2);
    assert.deepEqual(await layout(), before, 'nothing moves when findings arrive');
    const panel = page.locator('#panel-plain');
    assert.equal(await panel.locator('.factlint-panel-summary').textContent(), '2 findings.');
    assert.match(await panel.locator('h3').textContent(), /Repetition\s+2/);

    // Keyboard: Tab reaches the list; arrows move between findings; Enter goes to one.
    await panel.locator('button.factlint-finding').first().focus();
    await page.keyboard.press('ArrowDown');
    assert.match(await page.evaluate(() => document.activeElement.textContent), /Schools in three villages/);
    await page.keyboard.press('Enter');
    assert.equal(await selectedText(page, 'textarea'), SECOND);
    assert.match(await page.locator('.factlint-card:not([hidden])').textContent(), /repeats the sentence/);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.factlint-card:not([hidden])').count(), 0);

    // Sort by severity keeps both (same severity: by position).
    await panel.locator('select').selectOption('severity');
    assert.equal(await panel.locator('button.factlint-finding').count(), 2);

    // Filter off and on.
    await panel.locator('button.factlint-filter').click();
    assert.equal(await panel.locator('button.factlint-filter').getAttribute('aria-pressed'), 'false');
    assert.equal(await panel.locator('button.factlint-finding').count(), 0);
    assert.equal(await panel.locator('.factlint-panel-summary').textContent(), '2 findings, 0 shown.');
    await panel.locator('button.factlint-filter').click();
    assert.equal(await panel.locator('button.factlint-finding').count(), 2);

    // Hovering an underline shows its card.
    const point = await page.evaluate(() => {
      const rect = document.querySelector('#plain + .factlint-mirror .factlint-mark').getClientRects()[0];
      return { x: rect.left + 4, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    const card = page.locator('.factlint-card:not([hidden])');
    await card.waitFor();
    assert.match(await card.textContent(), /first occurrence.*Rivers rose across the valley on Tuesday/);

    // Export the focused editor's findings as CSV.
    await page.focus('#plain');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="csv"]')]);
    assert.equal(download.suggestedFilename(), 'factlint-textarea.csv');
    const { readFile } = await import('node:fs/promises');
    const csv = (await readFile(await download.path(), 'utf8')).trim().split('\r\n');
    assert.equal(csv.length, 3);
    assert.match(csv[1], /^repetition\/duplicate-sentence,repetition,error,1,/);
    assert.ok(csv[1].includes(FIRST) && csv[2].includes(SECOND));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("panel: Claims and Who's who views (tablist, sort, resolved date, mentions and roles select the text)", async () => {
  const context = await browser.newContext();
  try {
    const { page, errors } = await openDemo(context);
    const QUANTITY = 'The town has 12000 residents.';
    const CLAIM = 'Maria Lopez, the education minister, said on 3 March 2024 that 40 schools would close.';
    const text = `${QUANTITY} ${CLAIM} Lopez visited the town.`;
    await typeInto(page, 'textarea', text);
    await page.waitForFunction((text) => {
      const annotator = window.factlintDemo.annotators.textarea;
      // The report of this text (not the sample's, still there while the worker runs).
      return annotator.text === text && annotator.reportText === text;
    }, text, { timeout: 10_000 });
    const panel = page.locator('#panel-plain');

    // An ARIA tablist: Findings selected first; arrow keys move between tabs.
    const tabs = panel.getByRole('tab');
    assert.deepEqual(await tabs.allTextContents(), ['Findings', 'Claims', "Who's who"]);
    assert.equal(await tabs.nth(0).getAttribute('aria-selected'), 'true');
    await tabs.nth(0).focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Claims');
    assert.equal(await tabs.nth(1).getAttribute('aria-selected'), 'true');
    const claimsView = panel.getByRole('tabpanel', { name: 'Claims' });
    assert.ok(await claimsView.isVisible());
    assert.equal(await panel.locator('.factlint-view-findings').isVisible(), false);

    // Claims: by score first (the dated, attributed claim), then by position.
    assert.deepEqual(errors, []);
    const claimTexts = () => claimsView.locator('.factlint-claim-text .factlint-entry-label').allTextContents();
    assert.deepEqual(await claimTexts(), [CLAIM, QUANTITY]);
    const first = claimsView.locator('li.factlint-claim').first();
    assert.match(await first.locator('.factlint-claim-types').textContent(), /date.*attribution.*role/);
    const datePart = claimsView.locator('li.factlint-type-date'); // the only date, whatever the order
    assert.equal(await datePart.locator('.factlint-part-text').textContent(), '3 March 2024');
    assert.equal(await datePart.locator('.factlint-resolved').textContent(), '→ 2024-03-03');
    await claimsView.getByRole('button', { name: 'by position' }).click();
    assert.equal(await claimsView.getByRole('button', { name: 'by position' }).getAttribute('aria-pressed'), 'true');
    assert.deepEqual(await claimTexts(), [QUANTITY, CLAIM]);
    // Choosing a typed passage selects it in the textarea.
    await datePart.locator('.factlint-part-text').click();
    assert.equal(await selectedText(page, 'textarea'), '3 March 2024');

    // Who's who: the person, their description and both mentions.
    await panel.getByRole('tab', { name: "Who's who" }).click();
    const peopleView = panel.getByRole('tabpanel', { name: "Who's who" });
    assert.ok(await peopleView.isVisible());
    assert.equal(await claimsView.isVisible(), false);
    const entity = peopleView.locator('li.factlint-entity');
    assert.equal(await entity.count(), 1);
    assert.equal(await entity.locator('.factlint-entity-name').textContent(), 'Maria Lopez');
    assert.equal(await entity.locator('.factlint-role .factlint-entry-label').textContent(), 'the education minister');
    assert.deepEqual(await entity.locator('.factlint-mention').allTextContents(), ['Maria Lopez', 'Lopez']);
    await entity.locator('.factlint-role').click();
    assert.equal(await selectedText(page, 'textarea'), 'the education minister');
    // The second mention: the selection is at its place, not the first "Lopez".
    await entity.locator('.factlint-mention').nth(1).click();
    assert.deepEqual(await page.evaluate(() => [document.getElementById('plain').selectionStart, document.getElementById('plain').selectionEnd]),
      [text.lastIndexOf('Lopez'), text.lastIndexOf('Lopez') + 'Lopez'.length]);
    // Arrow keys move between the entries of a view.
    await entity.locator('.factlint-role').focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Maria Lopez');

    // An edit before the claim: a click still selects the right words.
    await page.click('#plain');
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Hi. ');
    await entity.locator('.factlint-role').click();
    assert.equal(await selectedText(page, 'textarea'), 'the education minister');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('panel: a sentence repeated three times is one entry listing its three copies, each selecting its own copy', async () => {
  const context = await browser.newContext();
  try {
    const { page, errors } = await openDemo(context);
    const text = `${FIRST} The mayor opened the new bridge at noon. ${FIRST} Nobody was hurt in the storm. ${FIRST}`;
    await typeInto(page, 'textarea', text);
    await waitForFindings(page, 'textarea', 2);
    const panel = page.locator('#panel-plain');
    const group = panel.locator('li.factlint-finding-group');
    assert.equal(await group.count(), 1, 'one entry for the repeated sentence');
    assert.match(await group.locator('.factlint-finding-message').first().textContent(), /appears 3 times/);
    const copies = group.locator('button.factlint-finding');
    assert.equal(await copies.count(), 3, 'three copies listed');
    assert.equal(await panel.locator('button.factlint-finding').count(), 3, 'no separate entry per copy');
    const starts = [0, text.indexOf(FIRST, 1), text.lastIndexOf(FIRST)];
    for (const [index, start] of starts.entries()) {
      await copies.nth(index).click();
      const selected = await page.evaluate(() => {
        const textarea = document.getElementById('plain');
        return [textarea.selectionStart, textarea.selectionEnd];
      });
      assert.deepEqual(selected, [start, start + FIRST.length], `copy ${index + 1} is selected`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
