// End-to-end tests of the page in Debian's Chromium: highlighting, the
// findings panel, selection, live updates, hostile input, Unicode offsets,
// overlay alignment, and that nothing goes over the network after load.
// Needs www/pkg (scripts/build-wasm.sh). Run: node --test --test-concurrency=1 tests/e2e/
import { test, before, after } from 'node:test';
import { createSyncChecker } from '../../www/lib/sync.js';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, openPage, paste } from './browser.mjs';

const SEED = await readFile(new URL('../../www/demo/seed-article.txt', import.meta.url), 'utf8');
const LEAD = SEED.slice(0, SEED.indexOf('\n'));
const DUPLICATE = 'repetition/duplicate-sentence';

let session;
before(async () => {
  session = await launch();
});
after(async () => {
  await session?.close();
});

// ---- helpers that read the page ------------------------------------------

/** The panel's findings: id, rule, flagged text, and the category group it sits in. */
function panelFindings(page) {
  return page.$$eval('li.finding', (items) =>
    items.map((item) => ({
      id: item.dataset.id,
      rule: item.dataset.rule,
      flagged: item.querySelector('.flagged').title, // the whole passage; the list shows an excerpt
      group: item.closest('details.group').dataset.category,
      active: item.classList.contains('active'),
      hover: item.classList.contains('hover'),
    })),
  );
}

/**
 * What the overlay highlights for one id: the joined text of its <mark>
 * segments and where the first one starts in the mirrored text (UTF-16).
 */
function highlighted(page, id, stateClass = null) {
  return page.evaluate(
    ({ id, stateClass }) => {
      const mirror = document.getElementById('mirror');
      const segments = [...mirror.querySelectorAll('mark')].filter(
        (mark) => mark.dataset.ids.split(' ').includes(id) && (!stateClass || mark.classList.contains(stateClass)),
      );
      if (segments.length === 0) return null;
      const before = document.createRange();
      before.setStart(mirror, 0);
      before.setEndBefore(segments[0]);
      return {
        text: segments.map((s) => s.textContent).join(''),
        start: before.toString().length,
        classes: segments[0].className,
      };
    },
    { id, stateClass },
  );
}

/** Marks that carry a state class (active, partner, hover): text and start. */
function marksWithClass(page, className) {
  return page.evaluate((className) => {
    const mirror = document.getElementById('mirror');
    return [...mirror.querySelectorAll(`mark.${className}`)].map((mark) => {
      const before = document.createRange();
      before.setStart(mirror, 0);
      before.setEndBefore(mark);
      return { text: mark.textContent, start: before.toString().length };
    });
  }, className);
}

function selection(page) {
  return page.evaluate(() => {
    const t = document.getElementById('text');
    return {
      focused: document.activeElement === t,
      start: t.selectionStart,
      end: t.selectionEnd,
      text: t.value.slice(t.selectionStart, t.selectionEnd),
    };
  });
}

/** Whether `marks`, joined where adjacent, contain exactly this passage. */
function hasPassage(marks, passage) {
  return joinAdjacent(marks).some((m) => m.text === passage.text && m.start === passage.start);
}

/**
 * The overlay and the panel agree: every listed finding has marks, and every
 * mark belongs to listed findings or their evidence.
 */
async function assertOverlayMatchesPanel(page) {
  const listed = new Set((await panelFindings(page)).map((f) => f.id));
  const marked = await page.$$eval('#mirror mark', (marks) => marks.flatMap((m) => m.dataset.ids.split(' ')));
  for (const id of listed) assert.ok(marked.includes(id), `finding ${id} is highlighted`);
  for (const id of marked) assert.ok(listed.has(id.replace(/-e\d+$/, '')), `mark ${id} belongs to a listed finding`);
}

/** Joins adjacent marks (one passage split by overlapping findings) into passages. */
function joinAdjacent(marks) {
  const passages = [];
  for (const mark of marks) {
    const last = passages.at(-1);
    if (last && last.start + last.text.length === mark.start) last.text += mark.text;
    else passages.push({ ...mark });
  }
  return passages;
}

async function waitUntilChecked(page) {
  await page.waitForSelector('body[data-pending="false"]');
}

function assertQuiet(log) {
  assert.deepEqual(log.errors, [], 'no console errors or page errors');
  assert.deepEqual(log.dialogs, [], 'no dialog opened');
  assert.deepEqual(log.lateRequests, [], 'no network request after load');
}

// ---- tests ----------------------------------------------------------------

test('the seed article: duplicate lead highlighted, listed, selectable, with evidence', async () => {
  const { context, page, log } = await openPage(session.browser, session.origin);
  try {
    // Everything the page loaded came from the local server: its own files, the
    // demo text and, because the register check is on by default, the built-in
    // register (the one data file the page fetches, once). Nothing else.
    assert.ok(log.requests.length >= 4, `page, script, wasm and example were requested: ${log.requests}`);
    for (const url of log.requests) {
      assert.ok(url.startsWith(`${session.origin}/`), `request to ${url}`);
      const path = url.slice(session.origin.length);
      assert.ok(
        path === '/' || /^\/(lib\/)?[\w-]+\.(js|css)$/.test(path) || /^\/pkg\/factlint(_bg\.wasm|\.js)$/.test(path) ||
          path === '/demo/seed-article.txt' || path === '/data/register.json',
        `only the page's own files, the demo text and the register are requested: ${path}`,
      );
    }
    assert.equal(log.requests.filter((url) => url.endsWith('/data/register.json')).length, 1, 'the register is fetched once');
    assert.equal(await page.inputValue('#text'), SEED, 'the seed article is preloaded');
    assert.match(await page.textContent('#version'), /^v\d+\.\d+\.\d+/);

    const second = SEED.indexOf(LEAD, 1);
    assert.ok(second > 0);
    const findings = await panelFindings(page);
    const duplicates = findings.filter((f) => f.rule === DUPLICATE);
    assert.equal(duplicates.length, 1, 'exactly one duplicate sentence listed');
    const [duplicate] = duplicates;
    assert.equal(duplicate.group, 'repetition');
    assert.equal(duplicate.flagged, LEAD);

    // The overlay marks the second copy, not the first.
    const mark = await highlighted(page, duplicate.id);
    assert.deepEqual({ text: mark.text, start: mark.start }, { text: LEAD, start: second });
    assert.match(mark.classes, /cat-repetition/);
    assert.match(mark.classes, /sev-error/);

    // Counts: each group's count is its number of items; the summary counts them all.
    const counts = await page.$$eval('details.group', (groups) =>
      groups.map((g) => [Number(g.querySelector('.count').textContent), g.querySelectorAll('li.finding').length]),
    );
    for (const [shown, listed] of counts) assert.equal(shown, listed);
    assert.match(await page.textContent('#summary'), new RegExp(`^${findings.length} finding`));

    // Clicking the finding selects the second copy and shows the first as evidence.
    await page.click(`li.finding[data-id="${duplicate.id}"] .finding-main`);
    assert.deepEqual(await selection(page), { focused: true, start: second, end: second + LEAD.length, text: LEAD });
    const item = page.locator(`li.finding[data-id="${duplicate.id}"]`);
    assert.equal(await item.getAttribute('class').then((c) => c.includes('active')), true);
    assert.equal(await item.locator('.evidence').isVisible(), true);
    assert.equal(await item.locator('.evidence-text').first().textContent(), LEAD);
    // Partner highlight: the first copy lights up in the text (other findings of
    // the same group, such as restatements, may light up too).
    assert.ok(hasPassage(await marksWithClass(page, 'partner'), { text: LEAD, start: 0 }), 'the first copy is lit as partner');
    assert.equal((await highlighted(page, duplicate.id, 'active')).text, LEAD);

    // "Show" on the evidence selects the first copy.
    await item.locator('.evidence button.show').first().click();
    assert.deepEqual(await selection(page), { focused: true, start: 0, end: LEAD.length, text: LEAD });

    // Moving the caret into the second copy selects its finding in the panel.
    await page.evaluate((at) => {
      const t = document.getElementById('text');
      t.focus();
      t.setSelectionRange(at, at);
    }, second + 10);
    await page.keyboard.press('ArrowRight');
    assert.equal((await panelFindings(page)).find((f) => f.id === duplicate.id).active, true);
    await page.keyboard.press('Control+Home');
    assert.equal((await panelFindings(page)).find((f) => f.id === duplicate.id).active, false);

    // Hovering the highlighted copy in the text highlights its panel entry and its partner.
    const box = await page.evaluate((id) => {
      const segment = [...document.querySelectorAll('#mirror mark')].find((m) => m.dataset.ids.split(' ').includes(id));
      const r = segment.getClientRects()[0];
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, duplicate.id);
    await page.mouse.move(box.x, box.y);
    await page.waitForFunction((id) => document.querySelector(`li.finding[data-id="${id}"]`).classList.contains('hover'), duplicate.id);
    assert.ok(hasPassage(await marksWithClass(page, 'partner'), { text: LEAD, start: 0 }), 'hover lights the first copy');
    const message = await page.textContent(`li.finding[data-id="${duplicate.id}"] .message`);
    assert.ok((await page.getAttribute('#text', 'title')).endsWith(message), 'the tooltip shows the message');
    await page.mouse.move(5, 5);

    await page.waitForTimeout(300);
    assertQuiet(log);
  } finally {
    await context.close();
  }
});

test('typing new text updates highlights and findings', async () => {
  const { context, page, log } = await openPage(session.browser, session.origin);
  try {
    const sentence = 'Officials confirmed the bridge will reopen in May.';
    const typed = `${sentence} The mayor thanked the crews for their work. ${sentence}`;
    await page.click('#text');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(typed);
    await waitUntilChecked(page);
    assert.equal(await page.inputValue('#text'), typed);

    let findings = await panelFindings(page);
    assert.equal(findings.some((f) => f.flagged.includes('China has launched')), false, 'the seed findings are gone');
    const duplicate = findings.find((f) => f.rule === DUPLICATE);
    assert.ok(duplicate, `a duplicate is listed: ${JSON.stringify(findings)}`);
    assert.equal(duplicate.flagged, sentence);
    const second = typed.lastIndexOf(sentence);
    assert.deepEqual(await highlighted(page, duplicate.id), { text: sentence, start: second, classes: (await highlighted(page, duplicate.id)).classes });

    // Between an edit and the next report, marks move with the text, and a
    // mark the edit touched disappears (checked synchronously, before the
    // debounced check can run).
    const prefix = 'UPDATE: ';
    const shifted = await page.evaluate((prefix) => {
      const t = document.getElementById('text');
      t.setRangeText(prefix, 0, 0, 'end');
      t.dispatchEvent(new Event('input', { bubbles: true }));
      return [...document.querySelectorAll('#mirror mark.cat-repetition')].map((m) => m.textContent).join('');
    }, prefix);
    assert.equal(shifted, sentence, 'the mark followed the inserted prefix');
    assert.deepEqual((await highlighted(page, duplicate.id)).start, second + prefix.length);
    await waitUntilChecked(page);

    await assertOverlayMatchesPanel(page);

    // Replacing the second copy by a different sentence removes the finding and its mark.
    const text = await page.inputValue('#text');
    const copy = text.lastIndexOf(sentence);
    await page.evaluate(([from, to]) => document.getElementById('text').setSelectionRange(from, to), [copy, copy + sentence.length]);
    await page.keyboard.type('Traffic uses the old ferry until then.');
    await waitUntilChecked(page);
    findings = await panelFindings(page);
    assert.equal(findings.filter((f) => f.rule === DUPLICATE).length, 0, 'no duplicate any more');
    assert.equal(await page.locator('#mirror mark.cat-repetition').count(), 0);
    await assertOverlayMatchesPanel(page);

    // Clearing the text empties the panel.
    await page.click('#clear');
    await waitUntilChecked(page);
    assert.equal(await page.locator('li.finding').count(), 0);
    assert.equal(await page.locator('#panel .empty').count(), 1);
    assert.equal(await page.locator('#mirror mark').count(), 0);

    // The example comes back from the button.
    await page.click('#load-example');
    await page.waitForFunction((seed) => document.getElementById('text').value === seed, SEED);
    await waitUntilChecked(page);
    assert.equal(await page.inputValue('#text'), SEED);
    assert.equal((await panelFindings(page)).filter((f) => f.rule === DUPLICATE).length, 1);

    assertQuiet(log);
  } finally {
    await context.close();
  }
});

test('pasted markup stays literal text: no element, no script, no dialog, no request', async () => {
  const { context, page, log } = await openPage(session.browser, session.origin);
  try {
    const hostile = 'Breaking: <img src=x onerror=alert(1)> was posted by <script>alert(2)</script> the account today.';
    const payload = `${hostile}\n\n<b>bold</b> &amp; <iframe src="javascript:alert(3)"></iframe> <svg onload=alert(4)>\n\n${hostile}\n`;
    await paste(page, session.origin, payload);
    await waitUntilChecked(page);
    assert.equal(await page.inputValue('#text'), payload);

    const duplicate = (await panelFindings(page)).find((f) => f.rule === DUPLICATE);
    assert.ok(duplicate, 'the repeated hostile sentence is found');
    assert.equal(duplicate.flagged, hostile);
    const mark = await highlighted(page, duplicate.id);
    assert.equal(mark.text, hostile);
    assert.equal(mark.start, payload.lastIndexOf(hostile));

    // The mirror holds exactly the text (plus the zero-width end marker), as text nodes.
    const mirror = await page.evaluate(() => {
      const m = document.getElementById('mirror');
      return { text: m.textContent, elements: [...m.querySelectorAll('*')].map((e) => e.tagName) };
    });
    assert.equal(mirror.text, `${payload}\u200b`);
    assert.ok(mirror.elements.every((tag) => tag === 'MARK'), `only marks in the mirror: ${mirror.elements}`);
    assert.equal(await page.locator('img, iframe, svg, b, script:not([src])').count(), 0, 'no element was created from the text');

    // Selecting the finding shows the literal characters in the panel too.
    await page.click(`li.finding[data-id="${duplicate.id}"] .finding-main`);
    assert.equal((await selection(page)).text, hostile);
    assert.ok((await page.textContent(`li.finding[data-id="${duplicate.id}"] .evidence`)).includes('<script>alert(2)</script>'));

    await page.waitForTimeout(300); // give an onerror or onload the time it would need
    assertQuiet(log);
  } finally {
    await context.close();
  }
});

test('emoji and CRLF: a duplicate after emoji is highlighted and selected at the right characters', async () => {
  const { context, page, log } = await openPage(session.browser, session.origin);
  try {
    const sentence = 'The council approved the new budget on Monday night.';
    const crlf = [
      'Résumé 👩🏽‍💻 notes 🇬🇧 — the café opened. 😀',
      sentence,
      'More text 🎉 follows here, with a 𝒳 maths letter and עברית.',
      sentence,
      '',
    ].join('\r\n\r\n');

    // The core itself, given CRLF: spans are JavaScript string indices.
    // (In Node, through the same wasm: a second checker in the page would
    // fetch the worker again and count as a request after load.)
    const core = await createSyncChecker();
    const direct = core.check(crlf).findings.map((f) => ({ rule: f.rule, sliced: crlf.slice(f.span.start, f.span.end), text: f.text }));
    const directDuplicate = direct.find((f) => f.rule === DUPLICATE);
    assert.ok(directDuplicate);
    assert.equal(directDuplicate.sliced, sentence);
    assert.equal(directDuplicate.text, sentence);

    // Through the textarea (which turns CRLF into LF, as browsers do).
    await paste(page, session.origin, crlf);
    await waitUntilChecked(page);
    const value = await page.inputValue('#text');
    assert.equal(value, crlf.replaceAll('\r\n', '\n'));
    const second = value.lastIndexOf(sentence);
    const duplicate = (await panelFindings(page)).find((f) => f.rule === DUPLICATE);
    assert.ok(duplicate);
    const mark = await highlighted(page, duplicate.id);
    assert.equal(mark.text, sentence);
    assert.equal(mark.start, second);

    await page.click(`li.finding[data-id="${duplicate.id}"] .finding-main`);
    assert.deepEqual(await selection(page), { focused: true, start: second, end: second + sentence.length, text: sentence });
    assertQuiet(log);
  } finally {
    await context.close();
  }
});

test('the overlay stays aligned with the text when scrolled and resized', async () => {
  const { context, page, log } = await openPage(session.browser, session.origin);
  try {
    // The seed with one of its sentences repeated at the end, so the textarea
    // must scroll to show it.
    const sentence = 'Last year, a parliamentary researcher was arrested over allegations of spying.';
    assert.ok(SEED.includes(sentence));
    const text = `${SEED}\n${sentence}\n`;
    await page.evaluate((text) => {
      const t = document.getElementById('text');
      t.value = text;
      t.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    await waitUntilChecked(page);
    const duplicate = (await panelFindings(page)).find((f) => f.rule === DUPLICATE && f.flagged === sentence);
    assert.ok(duplicate);

    // Selecting the finding scrolls the textarea to it; the mirror follows.
    await page.click(`li.finding[data-id="${duplicate.id}"] .finding-main`);
    const view = await page.evaluate((id) => {
      const t = document.getElementById('text');
      const m = document.getElementById('mirror');
      const segment = [...m.querySelectorAll('mark')].find((s) => s.dataset.ids.split(' ').includes(id));
      const r = segment.getBoundingClientRect();
      const box = t.getBoundingClientRect();
      return { scrolled: t.scrollTop, mirror: m.scrollTop, inView: r.top >= box.top && r.bottom <= box.bottom };
    }, duplicate.id);
    assert.ok(view.scrolled > 0, 'the textarea scrolled down to the finding');
    assert.equal(view.mirror, view.scrolled);
    assert.ok(view.inView, 'the highlighted passage is inside the visible textarea');

    // Pixel check: the textarea's own text and the mirror's text, drawn one at
    // a time, must give the same picture.
    const wide = await misalignedPixels(page);
    assert.ok(wide <= 2, `the layers line up at 1280×800, scrolled (${wide} pixels differ)`);
    // The check itself can fail: a mirror one pixel off is caught.
    await page.evaluate(() => (document.getElementById('mirror').style.marginTop = '1px'));
    const shifted = await misalignedPixels(page);
    assert.ok(shifted > 100, `a one-pixel shift is detected (${shifted} pixels differ)`);
    await page.evaluate(() => (document.getElementById('mirror').style.marginTop = ''));

    await page.setViewportSize({ width: 420, height: 800 });
    await page.evaluate(() => {
      const t = document.getElementById('text');
      t.scrollTop = t.scrollHeight / 2;
    });
    await nextFrame(page); // scroll events and resize observers report at the next frame
    const narrow = await page.evaluate(() => {
      const t = document.getElementById('text');
      const m = document.getElementById('mirror');
      return { textarea: t.scrollTop, mirror: m.scrollTop, width: t.clientWidth, mirrorWidth: m.clientWidth };
    });
    assert.equal(narrow.mirror, narrow.textarea);
    assert.equal(narrow.mirrorWidth, narrow.width);
    const narrowDiff = await misalignedPixels(page);
    assert.ok(narrowDiff <= 2, `the layers line up at 420 wide, scrolled half way (${narrowDiff} pixels differ)`);
    assertQuiet(log);
  } finally {
    await context.close();
  }
});

test('the Content-Security-Policy forbids connections to anywhere else', async () => {
  const { context, page } = await openPage(session.browser, session.origin);
  try {
    const outcome = await page.evaluate(async () => {
      const violations = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
      let fetched;
      try {
        await fetch('http://127.0.0.1:9/elsewhere'); // loopback, another origin
        fetched = 'loaded';
      } catch {
        fetched = 'blocked';
      }
      await new Promise((done) => setTimeout(done, 50));
      return { fetched, violations };
    });
    assert.deepEqual(outcome, { fetched: 'blocked', violations: ['connect-src'] });
  } finally {
    await context.close();
  }
});

// ---- helpers that act on the page -----------------------------------------

function nextFrame(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * Two checks that together prove the marks sit on the textarea's words:
 *
 * 1. The mirror lays its text out like the textarea (same box, font, wrapping,
 *    scroll). The editor is screenshot twice, once showing only the textarea's
 *    glyphs and once only the mirror's, with the mirror's text as one plain
 *    text node (the marks unwrapped, their places kept by a Range each); where
 *    the layers line up the pictures are the same, and a shift of even one
 *    pixel changes hundreds of pixels. (With the marks in place, the mirror's
 *    own invisible glyphs are painted per <mark> run and can be rasterised a
 *    fraction of a pixel off after a run boundary, though the layout is the
 *    same: that is what check 2 covers.)
 * 2. Marks move nothing: each mark's boxes are where the same characters are
 *    in the plain text (compared through Ranges, to 0.5 px).
 *
 * Returns the number of clearly different pixels; throws if a mark moved.
 */
async function misalignedPixels(page) {
  await page.evaluate(() => {
    const t = document.getElementById('text');
    t.blur();
    t.setSelectionRange(0, 0);
    t.style.caretColor = 'transparent';
  });
  const show = (layer) =>
    page.evaluate((layer) => {
      document.getElementById('text').style.color = layer === 'textarea' ? 'black' : 'transparent';
      document.getElementById('mirror').style.color = layer === 'mirror' ? 'black' : 'transparent';
    }, layer);
  // Unwrap the marks (keeping where each was), so both screenshots paint the same backgrounds: none.
  const moved = await page.evaluate(() => {
    const mirror = document.getElementById('mirror');
    // One box per line (a Range gives a wrapped line's trailing space a box of its own).
    const lines = (rects) => {
      const byTop = new Map();
      for (const r of rects) {
        if (r.width === 0) continue;
        const key = Math.round(r.top * 2);
        const box = byTop.get(key);
        byTop.set(key, box ? [Math.min(box[0], r.left), r.top, Math.max(box[2], r.right), r.height] : [r.left, r.top, r.right, r.height]);
      }
      return [...byTop.values()];
    };
    const marks = [...mirror.querySelectorAll('mark')];
    const offsets = marks.map((mark) => {
      const before = document.createRange();
      before.setStart(mirror, 0);
      before.setEndBefore(mark);
      const start = before.toString().length;
      return { start, end: start + mark.textContent.length, rects: lines(mark.getClientRects()) };
    });
    window.__markedMirror = [...mirror.childNodes];
    const scroll = mirror.scrollTop;
    mirror.replaceChildren(document.createTextNode(mirror.textContent));
    mirror.scrollTop = scroll;
    const plain = mirror.firstChild;
    const problems = [];
    for (const { start, end, rects } of offsets) {
      const range = document.createRange();
      range.setStart(plain, start);
      range.setEnd(plain, end);
      const expected = lines(range.getClientRects());
      const same = expected.length === rects.length && expected.every((box, i) => box.every((v, j) => Math.abs(v - rects[i][j]) <= 0.5));
      if (!same) problems.push(`${start}-${end}: ${JSON.stringify(rects)} vs ${JSON.stringify(expected)}`);
    }
    return problems;
  });
  assert.deepEqual(moved, [], 'every mark sits exactly where its characters are in the plain text');
  await show('textarea');
  const fromTextarea = await page.locator('#editor').screenshot();
  await show('mirror');
  const fromMirror = await page.locator('#editor').screenshot();
  await show('both');
  await page.evaluate(() => {
    document.getElementById('text').style.color = '';
    const mirror = document.getElementById('mirror');
    mirror.style.color = '';
    const scroll = mirror.scrollTop;
    mirror.replaceChildren(...window.__markedMirror);
    mirror.scrollTop = scroll;
    delete window.__markedMirror;
  });
  return countDifferentPixels(fromTextarea, fromMirror);
}

/** Decodes two PNGs in a blank page of the browser and counts pixels that differ clearly. */
async function countDifferentPixels(pngA, pngB) {
  const page = await session.browser.newPage();
  try {
    return await page.evaluate(
      async ([a, b]) => {
        const decode = async (base64) => {
          const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context = canvas.getContext('2d');
          context.drawImage(bitmap, 0, 0);
          return context.getImageData(0, 0, bitmap.width, bitmap.height);
        };
        const [x, y] = await Promise.all([decode(a), decode(b)]);
        if (x.width !== y.width || x.height !== y.height) return Infinity;
        let different = 0;
        for (let i = 0; i < x.data.length; i += 4) {
          const distance = Math.abs(x.data[i] - y.data[i]) + Math.abs(x.data[i + 1] - y.data[i + 1]) + Math.abs(x.data[i + 2] - y.data[i + 2]);
          if (distance > 96) different += 1;
        }
        return different;
      },
      [pngA.toString('base64'), pngB.toString('base64')],
    );
  } finally {
    await page.close();
  }
}
