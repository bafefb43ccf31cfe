// The browser package's pure parts, in Node: the in-thread checker, export
// formats, span shifting, ignore keys, and the TypeScript declarations
// checked against a real report with tsc.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createSyncChecker } from '../../www/lib/sync.js';
import { toCSV, toJSON, toMarkdown } from '../../www/lib/export.js';
import { shiftFindings, ignoreKey, IgnoreStore } from '../../www/lib/core.js';

const root = resolve(import.meta.dirname, '../..');
const SEED = readFileSync(join(root, 'www/demo/seed-article.txt'), 'utf8');
const TEXT = 'The mayor opened the bridge. Rain fell all day. The mayor opened the bridge.\n'
  + 'Nobody 🙂 came to the opening party. Nobody 🙂 came to the opening party.';
const checker = await createSyncChecker();

test('the sync checker finds the repeated sentences at their JS string indices', () => {
  const report = checker.check(TEXT);
  const flagged = report.findings.map((f) => TEXT.slice(f.span.start, f.span.end));
  assert.deepEqual(flagged, ['The mayor opened the bridge.', 'Nobody 🙂 came to the opening party.']);
  assert.equal(report.findings[1].span.start, TEXT.lastIndexOf('Nobody'));
  assert.equal(checker.check(TEXT, { disable: ['repetition'] }).findings.length, 0);
});

test('exports carry every finding; CSV quotes and defuses formulas', () => {
  // Only the repetition family: "SUM" would also be an undefined acronym, which is beside the point here.
  const report = checker.check(`=SUM(A1) is here. "Quoted", yes. =SUM(A1) is here.`, {
    disable: checker.rules.map((rule) => rule.id.split('/')[0]).filter((family) => family !== 'repetition'),
  });
  assert.equal(report.findings.length, 1);
  assert.deepEqual(JSON.parse(toJSON(report)), report);
  const csv = toCSV(report).trim().split('\r\n');
  assert.equal(csv.length, 2);
  assert.match(csv[1], /,"'=SUM\(A1\) is here\.",/);
  const markdown = toMarkdown(report);
  assert.match(markdown, /## Repetition \(1\)/);
  assert.match(markdown, /> =SUM\(A1\) is here\./);
});

test('spans shift across an edit before them and are dropped when their text is edited', () => {
  const before = 'aaa bbb ccc';
  const findings = [{ rule: 'r', span: { start: 0, end: 3 } }, { rule: 'r', span: { start: 8, end: 11 } }];
  const inserted = shiftFindings(findings, before, 'aaa XX bbb ccc');
  assert.deepEqual(inserted.map((f) => f.span), [{ start: 0, end: 3 }, { start: 11, end: 14 }]);
  const edited = shiftFindings(findings, before, 'aXa bbb ccc');
  assert.deepEqual(edited.map((f) => f.span), [{ start: 8, end: 11 }]);
});

test('ignore keys depend on rule and flagged text, not position, and store no text', () => {
  const a = { rule: 'repetition/duplicate-sentence', text: 'The mayor opened the bridge.', span: { start: 0, end: 28 } };
  const moved = { ...a, span: { start: 500, end: 528 } };
  assert.equal(ignoreKey(a), ignoreKey(moved));
  assert.notEqual(ignoreKey(a), ignoreKey({ ...a, text: 'The mayor closed the bridge.' }));
  assert.notEqual(ignoreKey(a), ignoreKey({ ...a, rule: 'repetition/duplicate-paragraph' }));
  const memory = new Map();
  const storage = { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => memory.set(k, v), removeItem: (k) => memory.delete(k) };
  const store = new IgnoreStore('doc', storage);
  store.add(a);
  assert.ok(new IgnoreStore('doc', storage).has(moved));
  assert.ok(!new IgnoreStore('other', storage).has(moved));
  assert.ok(![...memory.values()].join().includes('mayor'));
  store.clear();
  assert.equal(memory.size, 0);
});

test('index.d.ts describes a real report exactly (tsc, excess-property checks)', () => {
  const report = checker.check(TEXT);
  const dir = mkdtempSync(join(tmpdir(), 'factlint-types-'));
  try {
    const lib = join(root, 'www/lib/index.js');
    writeFileSync(join(dir, 'usage.ts'), [
      `import type { Report, Finding, SyncChecker, Checker } from ${JSON.stringify(lib)};`,
      `const report: Report = ${JSON.stringify(report)};`,
      // The seed with a publication date: claims with resolved dates, and the who's who.
      `const seed: Report = ${JSON.stringify(checker.check(SEED, { date: '2024-03-24' }))};`,
      'export { seed };',
      'const first: Finding = report.findings[0];',
      'const start: number = first.span.start + (first.related[0].span?.start ?? 0);',
      'declare const sync: SyncChecker;',
      'const again: Report = sync.check("text", { disable: ["repetition"] });',
      'declare const worker: Checker;',
      'const later: Promise<Report> = worker.check("text");',
      'export { start, again, later };',
    ].join('\n'));
    writeFileSync(join(dir, 'bad-claim.ts'), [
      `import type { Report } from ${JSON.stringify(lib)};`,
      `const report: Report = ${JSON.stringify({ ...report, claims: [{ ...checker.check(SEED).claims[3], kind: 'date' }] })};`,
      'export { report };',
    ].join('\n'));
    writeFileSync(join(dir, 'bad.ts'), [
      `import type { Report } from ${JSON.stringify(lib)};`,
      `const report: Report = ${JSON.stringify({ ...report, findings: [{ ...report.findings[0], colour: 'red' }] })};`,
      'export { report };',
    ].join('\n'));
    const tsc = (file) => execFileSync(join(root, 'node_modules/.bin/tsc'), ['--noEmit', '--strict', '--target', 'es2022',
      '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom', '--skipLibCheck', 'false', join(dir, file)],
    { encoding: 'utf8', stdio: 'pipe' });
    tsc('usage.ts');
    // The check can fail: an undeclared key is an error.
    assert.throws(() => tsc('bad.ts'), (error) => /colour/.test(String(error.stdout)));
    assert.throws(() => tsc('bad-claim.ts'), (error) => /kind/.test(String(error.stdout)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
