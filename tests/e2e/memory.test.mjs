// A long editing session must not grow memory without bound (issue #9): the
// same text is analysed 1,000 times through the wasm API in Chromium, and the
// wasm linear memory and the JavaScript heap (after a forced garbage
// collection) after run 1,000 are compared with run 100. Wasm memory never
// shrinks, so a leak or creeping fragmentation shows as growth.
//
// The built-in register is loaded first, as in the page, and a text naming 25 people it knows
// is appended to the text, so the register check runs every time.
// CI analyses the 1,000-word news article with it (9 KB, about 5 ms a run here). With
// FACTLINT_SOAK=1 the text is ~50 KB (seven variants of the article, about 50 ms
// a run on this 2-core machine, under a minute in all), as the issue asks; the
// figures of both are in BENCHMARKS.md, "Memory". Run:
//   node --test tests/e2e/memory.test.mjs            (CI: 9 KB × 1,000)
//   FACTLINT_SOAK=1 node --test tests/e2e/memory.test.mjs   (50 KB × 1,000)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch } from './browser.mjs';

const NEWS = await readFile(new URL('../../benches/data/news-1000.txt', import.meta.url), 'utf8');
/** Twenty-five people the built-in register knows, each given a post: every run checks them. */
const POLITICS = await readFile(new URL('../../benches/data/politics-cabinet.txt', import.meta.url), 'utf8');
const SOAK = process.env.FACTLINT_SOAK === '1';
/** Seven variants of the article (figures shifted, so they are not exact copies), ~50 KB. */
const FIFTY_KB = Array.from({ length: 7 }, (_, i) => NEWS.replace(/\b\d+\b/g, (n) => String(Number(n) + i))).join('\n\n');
const TEXT = `${SOAK ? FIFTY_KB : NEWS}\n\n${POLITICS}`;
const RUNS = 1000;
const MB = 1024 * 1024;

let session;
before(async () => {
  session = await launch();
});
after(async () => {
  await session?.close();
});

test(`memory: ${RUNS} analyses of the same ${Math.round(TEXT.length / 1024)} KB text do not grow the wasm memory or the JS heap`, { timeout: SOAK ? 1_800_000 : 600_000 }, async () => {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  try {
    // A page of this origin without the app (a text file), into which the wasm
    // module is loaded directly: only these analyses use it.
    await page.goto(`${session.origin}/demo/seed-article.txt`);
    const known = await page.evaluate(async (text) => {
      const module = await import('/pkg/factlint.js');
      const wasm = await module.default();
      // As in the page: the built-in register is loaded, and the register check runs every time.
      const register = await (await fetch('/data/register.json')).text();
      module.registerLoad('built-in', 'json', register);
      window.core = { analyze: module.analyze, memory: wasm.memory };
      return module.analyze(text, {}).entities.filter((entity) => entity.registerName).length;
    }, TEXT);
    assert.ok(known >= 20, `the register knows ${known} of the people named; expected at least 20`);
    const cdp = await context.newCDPSession(page);
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const wasm = await page.evaluate(() => window.core.memory.buffer.byteLength);
      return { wasm, js: usedSize };
    };
    /** Runs analyses until `total` have run; every report is checked so none is optimised away. */
    let done = 0;
    const runUntil = async (total) => {
      while (done < total) {
        const batch = Math.min(50, total - done);
        const findings = await page.evaluate(({ text, batch }) => {
          const counts = new Set();
          for (let i = 0; i < batch; i += 1) counts.add(window.core.analyze(text, {}).findings.length);
          return [...counts];
        }, { text: TEXT, batch });
        assert.equal(findings.length, 1, 'the same text gives the same report every time');
        done += batch;
      }
    };

    await runUntil(100);
    const at100 = await measure();
    const started = Date.now();
    await runUntil(RUNS);
    const atEnd = await measure();
    const seconds = (Date.now() - started) / 1000;
    const figures = `${RUNS} analyses of ${TEXT.length} characters: wasm memory ${(at100.wasm / MB).toFixed(1)} MB after run 100, ` +
      `${(atEnd.wasm / MB).toFixed(1)} MB after run ${RUNS}; JS heap ${(at100.js / MB).toFixed(2)} MB → ${(atEnd.js / MB).toFixed(2)} MB ` +
      `(runs 101–${RUNS} took ${seconds.toFixed(0)} s)`;
    console.log(figures);
    // Slack: wasm memory grows in 64 KB pages and the allocator may settle on a
    // slightly larger arena (5%, at least 512 KB); a leak of 1 KB a run would add 900 KB.
    assert.ok(atEnd.wasm <= at100.wasm + Math.max(512 * 1024, at100.wasm * 0.05), `wasm memory grew: ${figures}`);
    assert.ok(atEnd.js <= at100.js + 2 * MB, `the JS heap grew: ${figures}`);
  } finally {
    await context.close();
  }
});

// A long text, once: the wasm memory grows to the analysis's high-water mark and never shrinks, so
// what one long paste takes, the tab keeps. Issue #9 asks for at most 20 times the text (measured
// natively on 10 MB; here 5 MB, so the run stays short). 700 variants of the article (figures
// shifted) give a report of 64 MB of JSON. Before the report crossed to JavaScript in pieces
// (bindings/wasm.rs, to_js), this text took the memory to 177 MB, 38 times the text; now 68 MB.
const LONG = Array.from({ length: 700 }, (_, i) => NEWS.replace(/\b\d+\b/g, (n) => String(Number(n) + i))).join('\n\n');

test(`memory: one analysis of ${(Buffer.byteLength(LONG) / 1e6).toFixed(1)} MB keeps the wasm memory within 20 times the text`, { timeout: 300_000 }, async () => {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${session.origin}/demo/seed-article.txt`);
    const { findings, claims, wasm } = await page.evaluate(async (text) => {
      const module = await import('/pkg/factlint.js');
      const instance = await module.default();
      const report = module.analyze(text, {});
      return { findings: report.findings.length, claims: report.claims.length, wasm: instance.memory.buffer.byteLength };
    }, LONG);
    const bytes = Buffer.byteLength(LONG);
    const figures = `${bytes} bytes of text: ${findings} findings, ${claims} claims; wasm memory ${(wasm / MB).toFixed(1)} MB, ` +
      `${(wasm / bytes).toFixed(1)} times the text`;
    console.log(figures);
    assert.ok(findings > 1000 && claims > 1000, `the whole text was analysed: ${figures}`);
    assert.ok(wasm <= 20 * bytes, `over 20 times the text: ${figures}`);
  } finally {
    await context.close();
  }
});
