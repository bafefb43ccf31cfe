// Small shared pieces: category names and badges, span shifting across edits,
// and the ignore list.

/** Each category's label, a short badge (the non-colour cue next to the
 * underline style in factlint.css) and its order in lists. */
export const CATEGORIES = {
  claim: { label: 'Claims', badge: 'Clm', order: 0 },
  repetition: { label: 'Repetition', badge: 'Rep', order: 1 },
  consistency: { label: 'Consistency', badge: 'Con', order: 2 },
  attribution: { label: 'Attribution', badge: 'Att', order: 3 },
  clarity: { label: 'Clarity', badge: 'Clr', order: 4 },
  register: { label: 'Register', badge: 'Reg', order: 5 },
  source: { label: 'Source', badge: 'Src', order: 6 },
};

export const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };

/**
 * The rows a findings list shows: findings that share a `group` (the copies
 * of one repeated passage) make one row, at the place of the first; every
 * other finding is a row of its own. Returns arrays of findings, in order.
 */
export function groupRows(findings) {
  const rows = [];
  const rowOfGroup = new Map();
  for (const finding of findings) {
    const grouped = finding.group !== undefined && finding.group !== null;
    const row = grouped ? rowOfGroup.get(finding.group) : undefined;
    if (row) {
      row.push(finding);
      continue;
    }
    const fresh = [finding];
    if (grouped) rowOfGroup.set(finding.group, fresh);
    rows.push(fresh);
  }
  return rows;
}

/**
 * Every passage of a group of findings, in text order: each finding's own
 * passage and the text passages its evidence points to (the first copy is
 * only evidence). Passages are told apart by their line and column in the
 * report, so a finding moved by later edits still meets its copy.
 * Each copy: { line, column, text, span, finding (its own, or null), owner, index }:
 * select it as `finding`, or as evidence `index` of `owner`.
 */
export function groupCopies(members) {
  const byPlace = new Map();
  const add = (copy) => {
    const key = `${copy.line}:${copy.column}:${copy.text.length}`;
    const known = byPlace.get(key);
    if (!known || (copy.finding && !known.finding)) byPlace.set(key, copy);
  };
  for (const finding of members) {
    add({ line: finding.line, column: finding.column, text: finding.text ?? '', span: finding.span, finding, owner: finding, index: -1 });
    (finding.related ?? []).forEach((related, index) => {
      if (related.kind === 'text' && related.span && related.line) {
        add({ line: related.line, column: related.column ?? 0, text: related.text ?? '', span: related.span, finding: null, owner: finding, index });
      }
    });
  }
  return [...byPlace.values()].sort((a, b) => a.line - b.line || a.column - b.column);
}

export function categoryInfo(category) {
  return CATEGORIES[category] ?? { label: String(category), badge: String(category).slice(0, 3), order: 99 };
}

/** Where two texts differ: the common prefix length and the changed range in each. */
export function diffRange(before, after) {
  let start = 0;
  const shortest = Math.min(before.length, after.length);
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { start, endBefore, endAfter };
}

/** Moves the findings of `before` onto `after` until a fresh report arrives:
 * spans after the edit shift by its length, spans before it stay, and a
 * finding whose own text was edited is dropped (it no longer says what it
 * flagged). Returns new finding objects; the input is not changed. */
export function shiftFindings(findings, before, after) {
  if (before === after) return findings;
  const { start, endBefore, endAfter } = diffRange(before, after);
  const delta = endAfter - endBefore;
  const moved = [];
  for (const finding of findings) {
    const { start: s, end: e } = finding.span;
    if (e <= start) moved.push(finding);
    else if (s >= endBefore) moved.push({ ...finding, span: { start: s + delta, end: e + delta } });
  }
  return moved;
}

/** A 53-bit hash (two FNV-1a lanes) of a string, as 14 hex digits. Not for
 * security; it only has to make the ignore key position-independent and keep
 * the flagged text itself out of storage. */
export function hashString(value) {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ value.length;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 15);
  }
  return ((a >>> 0).toString(16).padStart(8, '0') + ((b >>> 0) & 0x1fffff).toString(16).padStart(6, '0'));
}

/** The ignore key of a finding: its rule and its flagged text (whitespace and
 * case folded), never its position, so it survives edits elsewhere. */
export function ignoreKey(finding) {
  const flagged = String(finding.text ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  return hashString(`${finding.rule}\u0000${flagged}`);
}

const STORAGE_PREFIX = 'factlint:ignored:';

/** Ignored findings of one text (one editor), kept in localStorage under
 * `factlint:ignored:<name>` as a list of hashes. No user text is stored. */
export class IgnoreStore {
  constructor(name, storage = globalThis.localStorage) {
    this.key = STORAGE_PREFIX + name;
    this.storage = storage;
    this.keys = new Set(this.#load());
  }

  #load() {
    try {
      const list = JSON.parse(this.storage?.getItem(this.key) ?? '[]');
      return Array.isArray(list) ? list.filter((k) => typeof k === 'string') : [];
    } catch {
      return [];
    }
  }

  #save() {
    try {
      if (this.keys.size) this.storage?.setItem(this.key, JSON.stringify([...this.keys]));
      else this.storage?.removeItem(this.key);
    } catch {
      // storage full or blocked (private mode): ignoring still works for this visit
    }
  }

  has(finding) { return this.keys.has(ignoreKey(finding)); }
  add(finding) { this.keys.add(ignoreKey(finding)); this.#save(); }
  clear() { this.keys.clear(); this.#save(); }
  get size() { return this.keys.size; }
}

/** Removes every factlint ignore list from storage (all editors). */
export function clearAllIgnored(storage = globalThis.localStorage) {
  const doomed = [];
  for (let i = 0; i < (storage?.length ?? 0); i++) {
    const key = storage.key(i);
    if (key?.startsWith(STORAGE_PREFIX)) doomed.push(key);
  }
  for (const key of doomed) storage.removeItem(key);
}
