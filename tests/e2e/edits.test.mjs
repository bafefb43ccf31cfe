// The page's span shifting between an edit and the next report (www/lib/edits.js).
// Pure functions: runs in Node, no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffRegion, shiftSpan } from '../../www/lib/edits.js';

const before = 'Alpha beta. Gamma delta. Epsilon zeta.';
const gamma = { start: 12, end: 24 }; // "Gamma delta."

function apply(after) {
  const moved = shiftSpan(gamma, diffRegion(before, after));
  return moved && after.slice(moved.start, moved.end);
}

test('an edit before a span moves it by the change in length', () => {
  assert.equal(before.slice(gamma.start, gamma.end), 'Gamma delta.');
  assert.equal(apply('Alpha beta, really. Gamma delta. Epsilon zeta.'), 'Gamma delta.');
  assert.equal(apply('Alpha. Gamma delta. Epsilon zeta.'), 'Gamma delta.');
  assert.equal(apply('👩🏽‍💻 Alpha beta. Gamma delta. Epsilon zeta.'), 'Gamma delta.');
});

test('an edit after a span leaves it alone', () => {
  assert.deepEqual(shiftSpan(gamma, diffRegion(before, `${before} More.`)), gamma);
  assert.deepEqual(shiftSpan(gamma, diffRegion(before, 'Alpha beta. Gamma delta. Eps.')), gamma);
});

test('an edit inside or across a span drops it', () => {
  assert.equal(apply('Alpha beta. Gamma and delta. Epsilon zeta.'), null);
  assert.equal(apply('Alpha beta. Gamma'), null);
  assert.equal(apply(''), null);
});

test('typing right at either edge keeps the span on its words', () => {
  assert.equal(apply('Alpha beta. XGamma delta. Epsilon zeta.'), 'Gamma delta.');
  assert.equal(apply('Alpha beta. Gamma delta.X Epsilon zeta.'), 'Gamma delta.');
});

test('no change, no move; diffRegion finds the one changed region', () => {
  assert.deepEqual(shiftSpan(gamma, diffRegion(before, before)), gamma);
  assert.deepEqual(diffRegion('abcdef', 'abXYef'), { start: 2, endBefore: 4, endAfter: 4 });
  assert.deepEqual(diffRegion('aaa', 'aaaa'), { start: 3, endBefore: 3, endAfter: 4 });
  assert.deepEqual(diffRegion('', 'new'), { start: 0, endBefore: 0, endAfter: 3 });
});
