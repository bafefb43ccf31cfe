// The findings panel: findings grouped by category with counts, each with
// its severity, rule, message, the flagged text and (when selected) its
// evidence. Pure DOM building from report data; the page wires the events.
import { h, excerpt } from './dom.js';
import { groupRows, groupCopies } from './core.js';

/** Categories in panel order, with the words the panel shows for them. */
export const CATEGORIES = [
  { id: 'consistency', name: 'Consistency', blurb: 'The text contradicts itself or a record' },
  { id: 'repetition', name: 'Repetition', blurb: 'Passages the text says twice' },
  { id: 'source', name: 'Source', blurb: 'The text differs from its source' },
  { id: 'attribution', name: 'Attribution', blurb: 'Claims with no clear source' },
  { id: 'claim', name: 'Claims', blurb: 'Statements worth checking' },
  { id: 'clarity', name: 'Clarity', blurb: 'Terms a reader cannot resolve' },
  { id: 'register', name: 'Register', blurb: 'Roles and names checked against records' },
];

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Note' };

export function categoryName(id) {
  return CATEGORIES.find((c) => c.id === id)?.name ?? id;
}

/**
 * Fills `container` with the findings.
 * @param {HTMLElement} container
 * @param {object[]} findings  report findings, each with an `id` added by the page
 * @param {{collapsed: Set<string>, checkedCategories?: string[], onSelect(id), onShowEvidence(findingId, index), onHover(id|null)}} handlers
 *        `checkedCategories`: the categories the core has rules for, to say which came out clean.
 * @returns {Map<string, HTMLElement>} finding id -> its list item
 */
export function renderPanel(container, findings, handlers) {
  const items = new Map();
  if (findings.length === 0) {
    container.replaceChildren(
      h('p', { class: 'empty' }, 'No findings. factlint looks for repeated passages, contradictions, unsourced claims and roles that do not match the records.'),
    );
    return items;
  }
  const known = new Set(CATEGORIES.map((c) => c.id));
  const categories = [
    ...CATEGORIES,
    // A category this page does not know yet still gets listed, last.
    ...[...new Set(findings.map((f) => f.category))].filter((id) => !known.has(id)).map((id) => ({ id, name: id, blurb: '' })),
  ];
  const groups = [];
  for (const category of categories) {
    const inCategory = findings.filter((f) => f.category === category.id);
    if (inCategory.length === 0) continue;
    const list = h('ol', { class: 'findings' });
    const rows = groupRows(inCategory);
    for (const row of rows) {
      const item = row.length > 1 ? groupItem(row, handlers) : findingItem(row[0], handlers);
      for (const finding of row) items.set(finding.id, item);
      list.append(item);
    }
    const group = h(
      'details',
      { class: `group cat-${category.id}`, open: !handlers.collapsed.has(category.id), dataset: { category: category.id } },
      h(
        'summary',
        { title: category.blurb },
        categoryKey(),
        h('span', { class: 'cat-name' }, category.name),
        h('span', { class: 'count', 'aria-label': `${rows.length} entries` }, String(rows.length)),
      ),
      list,
    );
    group.addEventListener('toggle', () => {
      if (group.open) handlers.collapsed.delete(category.id);
      else handlers.collapsed.add(category.id);
    });
    groups.push(group);
  }
  const clean = (handlers.checkedCategories ?? []).filter((id) => !findings.some((f) => f.category === id));
  const cleanNote = clean.length
    ? h('p', { class: 'clean' }, `Checked, nothing found: ${clean.map(categoryName).join(', ')}.`)
    : null;
  container.replaceChildren(...groups, ...(cleanNote ? [cleanNote] : []));
  return items;
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
/** Copies listed in one group row. */
const MAX_COPIES_LISTED = 300;

/** One row for a repeated passage and all its copies, each copy a button that selects it. */
function groupItem(members, handlers) {
  const first = members[0];
  const copies = groupCopies(members);
  const severity = members.map((f) => f.severity).sort((a, b) => (SEVERITY_RANK[a] ?? 9) - (SEVERITY_RANK[b] ?? 9))[0];
  const sameRule = members.every((f) => f.rule === first.rule);
  const exact = sameRule && first.rule.startsWith('repetition/duplicate-');
  const message = exact
    ? `The same passage appears ${copies.length} times.`
    : `${copies.length} passages repeat one another.`;
  const main = h(
    'button',
    { type: 'button', class: 'finding-main', 'aria-expanded': 'false' },
    h(
      'span',
      { class: 'finding-head' },
      h('span', { class: `severity sev-${severity}` }, SEVERITY_LABEL[severity] ?? severity),
      h('code', { class: 'rule' }, first.rule),
      h('span', { class: 'where' }, `${copies.length} copies`),
    ),
    h('span', { class: 'message' }, message),
    h('q', { class: 'flagged', title: first.text }, excerpt(first.text)),
  );
  main.addEventListener('click', () => handlers.onSelect(first.id));
  // A text of one sentence pasted 100,000 times is one row: list the first
  // copies only, so the panel stays quick (the text still marks them all).
  const copyItems = copies.slice(0, MAX_COPIES_LISTED).map((copy, number) => {
    const button = h(
      'button',
      {
        type: 'button',
        class: 'copy-show',
        'aria-label': `Show copy ${number + 1} of ${copies.length}, line ${copy.line}`,
        dataset: { finding: copy.finding?.id ?? '' },
      },
      h('span', { class: 'where' }, `${number + 1}. line ${copy.line}`),
      ' ',
      h('q', { class: 'copy-text' }, excerpt(copy.text, 160)),
    );
    button.addEventListener('click', () => {
      // The copy's own finding when it has one; else (the first copy) the
      // finding that cites it, so its partners light up, then the copy itself.
      handlers.onSelect((copy.finding ?? copy.owner).id);
      if (!copy.finding) handlers.onShowEvidence(copy.owner.id, copy.index);
    });
    button.addEventListener('mouseenter', () => handlers.onHover((copy.finding ?? copy.owner).id));
    return h('li', { class: 'copy' }, button);
  });
  const item = h(
    'li',
    {
      class: `finding finding-group cat-${first.category} sev-${severity}`,
      dataset: { id: first.id, rule: first.rule, group: String(first.group), members: members.map((f) => f.id).join(' ') },
    },
    main,
    h('ol', { class: 'copies', 'aria-label': `${copies.length} copies` }, copyItems),
    copies.length > MAX_COPIES_LISTED ? h('p', { class: 'copies-more' }, `The first ${MAX_COPIES_LISTED} of ${copies.length} copies are listed.`) : null,
  );
  item.addEventListener('mouseenter', () => handlers.onHover(first.id));
  item.addEventListener('mouseleave', () => handlers.onHover(null));
  return item;
}

function findingItem(finding, handlers) {
  const where = `line ${finding.line}`;
  const main = h(
    'button',
    { type: 'button', class: 'finding-main', 'aria-expanded': 'false' },
    h(
      'span',
      { class: 'finding-head' },
      h('span', { class: `severity sev-${finding.severity}` }, SEVERITY_LABEL[finding.severity] ?? finding.severity),
      h('code', { class: 'rule' }, finding.rule),
      h('span', { class: 'where' }, where),
    ),
    h('span', { class: 'message' }, finding.message),
    h('q', { class: 'flagged', title: finding.text }, excerpt(finding.text)),
  );
  main.addEventListener('click', () => handlers.onSelect(finding.id));
  const item = h(
    'li',
    { class: `finding cat-${finding.category} sev-${finding.severity}`, dataset: { id: finding.id, rule: finding.rule } },
    main,
    evidenceBlock(finding, handlers),
  );
  item.addEventListener('mouseenter', () => handlers.onHover(finding.id));
  item.addEventListener('mouseleave', () => handlers.onHover(null));
  return item;
}

function evidenceBlock(finding, handlers) {
  const entries = finding.related.map((related, index) => {
    const place =
      related.kind === 'source'
        ? `source: ${related.source ?? 'unknown'}${related.line ? `, line ${related.line}` : ''}`
        : related.kind === 'record'
          ? 'record'
          : related.line
            ? `line ${related.line}`
            : '';
    const show =
      related.kind === 'text' && related.span
        ? h('button', { type: 'button', class: 'show', 'aria-label': `Show ${related.note} in the text` }, 'Show')
        : null;
    show?.addEventListener('click', () => handlers.onShowEvidence(finding.id, index));
    return h(
      'li',
      { class: `evidence-item kind-${related.kind}` },
      h('span', { class: 'evidence-head' }, h('span', { class: 'note' }, related.note), place && h('span', { class: 'where' }, place), show),
      h('q', { class: 'evidence-text' }, excerpt(related.text, 240)),
    );
  });
  const facts = [];
  if (finding.expected) facts.push(h('p', { class: 'expected' }, 'Probably meant: ', h('q', {}, finding.expected)));
  if (typeof finding.similarity === 'number' && finding.similarity < 1) {
    facts.push(h('p', { class: 'similarity' }, `Similarity ${Math.round(finding.similarity * 100)}%`));
  }
  return h(
    'div',
    { class: 'evidence', hidden: true },
    h('p', { class: 'evidence-title' }, entries.length ? 'Evidence' : 'No further evidence'),
    entries.length ? h('ul', {}, entries) : null,
    facts,
  );
}

/** A sample of a category's highlight (colour and underline style), for headings and legends. */
export function categoryKey() {
  return h('span', { class: 'cat-key', 'aria-hidden': 'true' }, '\u2003\u2003');
}

/** Marks one item as the selected finding (shows its evidence), or none.
 * A group row is active when any of its findings is, and marks that copy. */
export function showActive(items, activeId) {
  const activeItem = items.get(activeId) ?? null;
  for (const item of new Set(items.values())) {
    const active = item === activeItem;
    item.classList.toggle('active', active);
    item.querySelector('.finding-main')?.setAttribute('aria-expanded', String(active));
    const evidence = item.querySelector('.evidence');
    if (evidence) evidence.hidden = !active;
    for (const copy of item.querySelectorAll('.copy-show')) {
      if (active && copy.dataset.finding === activeId) copy.setAttribute('aria-current', 'true');
      else copy.removeAttribute('aria-current');
    }
  }
}
