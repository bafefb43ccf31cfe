// The page's other views of a report: Claims (#6), Who's who (#4) and the
// source comparison (#7). Pure DOM building from report data through h()
// (text nodes only: the text, the sources and the registers are never parsed
// as HTML); app.js wires the clicks to the text box.
import { h, excerpt } from './lib/dom.js';

// ---- claims -----------------------------------------------------------------

const CLAIM_TYPE_LABEL = {
  quantity: 'quantity',
  date: 'date',
  attribution: 'attribution',
  quote: 'quote',
  role: 'role',
  prediction: 'prediction',
  causation: 'causation',
  comparison: 'comparison',
  law: 'law',
  legal: 'legal',
};

/**
 * The claims view: one entry per claim sentence with its type labels, its
 * check-worthiness score and its typed parts (resolved dates beside the words).
 * @param {HTMLElement} container
 * @param {object[]} claims  report.claims
 * @param {{order: 'score'|'position', hasDate: boolean, activeIndex: number|null,
 *          onOrder(order), onSelect(index), onSelectPart(index, partIndex)}} options
 * @returns {Map<number, HTMLElement>} claim index -> its list item
 */
export function renderClaims(container, claims, options) {
  const items = new Map();
  const order = h(
    'select',
    { id: 'claims-order' },
    h('option', { value: 'score', selected: options.order === 'score' }, 'What to check first (score)'),
    h('option', { value: 'position', selected: options.order === 'position' }, 'Order in the text'),
  );
  order.addEventListener('change', () => options.onOrder(order.value));
  const worthy = claims.filter((c) => c.checkworthy).length;
  const head = h(
    'div',
    { class: 'view-head' },
    h('p', { class: 'view-summary' }, claims.length ? `${plural(claims.length, 'claim sentence')}, ${worthy} check-worthy.` : 'No claims found.'),
    h('label', { class: 'view-control' }, 'Sort ', order),
    options.hasDate ? null : h('p', { class: 'hint' }, 'Set the publication date (above the text) to resolve relative dates such as "on Monday".'),
  );
  const indexed = claims.map((claim, index) => ({ claim, index }));
  if (options.order === 'score') indexed.sort((a, b) => b.claim.score - a.claim.score || a.index - b.index);
  const list = h('ol', { class: 'claims', 'aria-label': 'Claims' });
  for (const { claim, index } of indexed) {
    const item = claimItem(claim, index, options);
    items.set(index, item);
    list.append(item);
  }
  container.replaceChildren(head, list);
  return items;
}

function claimItem(claim, index, options) {
  const score = Math.round(claim.score * 100);
  const main = h(
    'button',
    { type: 'button', class: 'claim-main', 'aria-label': `Sentence ${claim.sentenceNumber}, score ${score}: ${excerpt(claim.text, 80)}` },
    h(
      'span',
      { class: 'claim-head' },
      h('span', { class: 'claim-number' }, `S${claim.sentenceNumber}`),
      h('span', { class: 'score', title: `Check-worthiness ${claim.score.toFixed(2)}` },
        h('span', { class: 'score-bar', 'aria-hidden': 'true' }, h('span', { class: `score-fill score-${Math.min(9, Math.floor(score / 10))}` })),
        ` ${score}`),
      claim.checkworthy ? h('span', { class: 'worthy' }, 'check-worthy') : null,
      h('span', { class: 'where' }, `line ${claim.line}`),
    ),
    claim.types.length ? h('span', { class: 'types' }, claim.types.map((type) => h('span', { class: `type type-${type}` }, CLAIM_TYPE_LABEL[type] ?? type))) : null,
    h('q', { class: 'flagged', title: claim.text }, excerpt(claim.text, 160)),
  );
  main.addEventListener('click', () => options.onSelect(index));
  const parts = claim.parts.map((part, partIndex) => {
    const button = h('button', { type: 'button', class: 'part-text', title: 'Show in the text' }, excerpt(part.text, 60));
    button.addEventListener('click', () => options.onSelectPart(index, partIndex));
    const resolved = part.resolved
      ? h('span', { class: `resolved${part.resolved.approximate ? ' approximate' : ''}` }, `→ ${part.resolved.label}`)
      : part.type === 'date' && part.value === undefined
        ? h('span', { class: 'unresolved' }, options.hasDate ? '(not resolved)' : '(needs the publication date)')
        : part.value !== undefined && part.value !== part.text
          ? h('span', { class: 'value' }, `: ${part.value}`)
          : null;
    return h('li', { class: `part type-${part.type}` }, h('span', { class: 'part-type' }, part.type), ' ', button, ' ', resolved);
  });
  return h(
    'li',
    { class: `claim${claim.checkworthy ? ' checkworthy' : ''}${options.activeIndex === index ? ' active' : ''}`, dataset: { index: String(index), sentence: String(claim.sentenceNumber) } },
    main,
    parts.length ? h('ul', { class: 'parts', 'aria-label': 'Typed passages' }, parts) : null,
  );
}

// ---- who's who --------------------------------------------------------------

/**
 * Every person and organisation with every description the text gives them;
 * each role phrase and each mention is a button that selects it in the text.
 * @param {object[]} entities  report.entities
 * @param {{findings?: object[], onSelectSpan(span), onSelectFinding?(finding)}} options
 *        `findings`: the report's findings, to flag the descriptions a check questions.
 */
export function renderPeople(container, entities, options) {
  if (!entities) {
    container.replaceChildren(h('p', { class: 'empty' }, 'This build of the core does not list people and organisations yet.'));
    return;
  }
  if (entities.length === 0) {
    container.replaceChildren(h('p', { class: 'empty' }, 'No people or organisations found.'));
    return;
  }
  const people = entities.filter((e) => e.kind === 'person');
  const organisations = entities.filter((e) => e.kind !== 'person');
  const section = (title, list) =>
    list.length
      ? h('section', { class: 'entity-group' }, h('h3', {}, `${title} (${list.length})`), h('ul', { class: 'entities' }, list.map((e) => entityItem(e, options))))
      : null;
  container.replaceChildren(section('People', people), section('Organisations', organisations));
}

function spanButton(passage, label, className, options) {
  const button = h('button', { type: 'button', class: className, title: `Line ${passage.line}: select in the text` }, label);
  button.addEventListener('click', () => options.onSelectSpan(passage.span));
  return button;
}

function entityItem(entity, options) {
  const roles = (entity.roles ?? []).map((role) => {
    const facts = [
      role.office && role.office.toLowerCase() !== role.phrase.text.toLowerCase() ? `office: ${role.office}` : null,
      role.party ? `party: ${role.party}` : null,
      role.house ? `house: ${role.house}` : null,
      role.current === false ? 'past' : null,
    ].filter(Boolean);
    const questioned = (options.findings ?? []).filter((f) => f.span.start < role.phrase.span.end && role.phrase.span.start < f.span.end);
    const flags = questioned.map((finding) => {
      const flag = h('button', { type: 'button', class: `role-flag cat-${finding.category} sev-${finding.severity}`, title: finding.message }, `${finding.severity === 'error' ? 'Error' : finding.severity === 'warning' ? 'Warning' : 'Note'}: ${finding.rule}`);
      flag.addEventListener('click', () => options.onSelectFinding?.(finding));
      return flag;
    });
    return h(
      'li',
      { class: `role${flags.length ? ' questioned' : ''}` },
      spanButton(role.phrase, excerpt(role.phrase.text, 90), 'role-phrase', options),
      facts.length ? h('span', { class: 'role-facts' }, ` ${facts.join(' · ')}`) : null,
      flags.length ? h('span', { class: 'role-flags' }, flags) : null,
    );
  });
  const mentions = (entity.mentions ?? []).map((mention) =>
    h('li', {}, spanButton(mention, `${excerpt(mention.text, 40)} (line ${mention.line})`, 'mention', options)),
  );
  const acronym = entity.acronym ? h('p', { class: 'acronym' }, `${entity.acronym.acronym} = ${entity.acronym.expansion}`) : null;
  return h(
    'li',
    { class: `entity kind-${entity.kind}`, dataset: { name: entity.name } },
    h(
      'p',
      { class: 'entity-name' },
      h('strong', {}, entity.name),
      entity.registerName ? h('span', { class: 'kind', title: `Checked against the register as ${entity.registerName}` }, 'in the register') : null,
    ),
    acronym,
    roles.length
      ? h('ul', { class: 'roles', 'aria-label': `How the text describes ${entity.name}` }, roles)
      : h('p', { class: 'no-role' }, 'No description in the text.'),
    h('ul', { class: 'mentions', 'aria-label': `Mentions of ${entity.name}` }, mentions),
  );
}

// ---- sources ------------------------------------------------------------------

export const STATUS = {
  supported: { letter: 'S', label: 'supported' },
  changed: { letter: 'C', label: 'changed' },
  unsupported: { letter: 'U', label: 'unsupported' },
};

/**
 * The Sources view: the alignment summary, and the selected sentence beside its
 * source sentence(s) with the differing words marked.
 * @param {object[]|undefined} alignment  report.alignment (`sentence` counts from 0; the page shows S1, S2, … as the claims do)
 * @param {{hasSources: boolean, activeIndex: number|null, onSelect(index)}} options
 */
export function renderAlignment(container, alignment, options) {
  if (!options.hasSources) {
    container.replaceChildren(h('p', { class: 'empty' }, 'No sources yet. Open "Sources" above the text and paste the texts this one was written from.'));
    return;
  }
  if (!alignment) {
    container.replaceChildren(h('p', { class: 'empty' }, 'This build of the core does not compare texts with sources yet.'));
    return;
  }
  const count = (status) => alignment.filter((a) => a.status === status).length;
  const head = h(
    'div',
    { class: 'view-head' },
    h('p', { class: 'view-summary' }, `${count('supported')} supported, ${count('changed')} changed, ${count('unsupported')} unsupported.`),
  );
  const active = options.activeIndex !== null ? alignment[options.activeIndex] : null;
  const compare = active ? comparison(active) : h('p', { class: 'hint' }, 'Choose a sentence (here or in the margin of the text) to see it beside its source.');
  const list = h(
    'ol',
    { class: 'alignment', 'aria-label': 'Sentences' },
    alignment.map((entry, index) => {
      const status = STATUS[entry.status] ?? { letter: '?', label: entry.status };
      const button = h(
        'button',
        { type: 'button', class: 'align-item', 'aria-pressed': String(index === options.activeIndex) },
        h('span', { class: `status-chip status-${entry.status}`, 'aria-hidden': 'true' }, h('span', { class: 'bar-letter' }, status.letter)),
        h('span', { class: 'align-text' }, `S${entry.sentence + 1} ${status.label}: `, h('q', {}, excerpt(entry.text, 90))),
      );
      button.addEventListener('click', () => options.onSelect(index));
      return h('li', { class: `status-${entry.status}`, dataset: { index: String(index) } }, button);
    }),
  );
  container.replaceChildren(head, compare, list);
}

function comparison(entry) {
  const sourceText = (entry.sources ?? []).map((s) => s.text).join(' ');
  const diff = wordDiff(entry.text, sourceText);
  const status = STATUS[entry.status]?.label ?? entry.status;
  return h(
    'section',
    { class: `comparison status-${entry.status}`, 'aria-label': 'The sentence beside its source' },
    h('p', { class: 'comparison-title' }, `Sentence ${entry.sentence + 1}: ${status}`, typeof entry.score === 'number' ? ` (support ${Math.round(entry.score * 100)}%)` : ''),
    h(
      'div',
      { class: 'side-by-side' },
      h('div', { class: 'side' }, h('p', { class: 'side-label' }, 'Text'), h('p', { class: 'side-text' }, diff.a)),
      h(
        'div',
        { class: 'side' },
        h('p', { class: 'side-label' }, entry.sources?.length ? `Source: ${[...new Set(entry.sources.map((s) => `${s.source}, line ${s.line}`))].join('; ')}` : 'Source'),
        entry.sources?.length ? h('p', { class: 'side-text' }, diff.b) : h('p', { class: 'side-text none' }, 'No source sentence carries this sentence\'s content.'),
      ),
    ),
  );
}

/** Word tokens with the spaces and punctuation kept, so the pieces rebuild the text. */
function tokens(text) {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%£$€-]*[\p{L}\p{N}%]|[\p{L}\p{N}]|\s+|[^\s\p{L}\p{N}]/gu) ?? [];
}

const comparable = (token) => token.toLowerCase().replace(/[’]/g, "'").replace(/[.,]$/, '');
const isWord = (token) => /[\p{L}\p{N}]/u.test(token);

/**
 * A word diff of two sentences (longest common subsequence over words, case
 * folded). Returns the two sentences as arrays of strings and <mark>s, the
 * words the other side lacks marked.
 */
export function wordDiff(a, b) {
  const ta = tokens(a);
  const tb = tokens(b);
  const wa = ta.map((t, i) => ({ t, i })).filter(({ t }) => isWord(t));
  const wb = tb.map((t, i) => ({ t, i })).filter(({ t }) => isWord(t));
  // Sentences are short; an O(n·m) table is fine (capped for pasted junk).
  const n = Math.min(wa.length, 400);
  const m = Math.min(wb.length, 400);
  const table = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = comparable(wa[i].t) === comparable(wb[j].t) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const sameA = new Set();
  const sameB = new Set();
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (comparable(wa[i].t) === comparable(wb[j].t)) {
      sameA.add(wa[i].i);
      sameB.add(wb[j].i);
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  const build = (list, same, side) =>
    list.map((t, i) => (isWord(t) && !same.has(i) ? h('mark', { class: `diff diff-${side}` }, t) : t));
  return { a: build(ta, sameA, 'text'), b: build(tb, sameB, 'source') };
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
