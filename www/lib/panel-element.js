// <factlint-panel>: three views of one editor's report behind an ARIA tablist
// (Findings | Claims | Who's who). Findings: grouped by category, with counts,
// category filters and a sort order. Claims: each claim sentence with its type
// labels, score and typed parts (resolved dates beside the words), sortable by
// score or position. Who's who: each person and organisation with the roles
// the text gives them and their mentions. Every entry is a button; activating
// it moves the editor to that passage. Arrow keys move between entries (and
// between tabs), Home/End to the first/last. Light DOM, styled by factlint.css;
// built with createElement/textContent only (never innerHTML).
import { SEVERITY_ORDER, categoryInfo, groupCopies, groupRows } from './core.js';
import { el } from './annotator.js';
import { excerpt } from './dom.js';

const VIEWS = [
  ['findings', 'Findings'],
  ['claims', 'Claims'],
  ['people', "Who's who"],
];
let panelCount = 0;
// The Claims and Who's who views list at most this many entries: a 5 MB text
// has tens of thousands of claims, and building them all would block the page.
const MAX_ENTRIES = 300;

// In Node (no DOM) the class still loads, so importing index.js never throws.
const ElementBase = globalThis.HTMLElement ?? class {};

export class FactlintPanel extends ElementBase {
  constructor() {
    super();
    this.findings = [];
    this.hiddenCategories = new Set();
    this.sortBy = 'position';
    this.annotator = null;
    this.report = null;
    this.view = 'findings';
    this.claimOrder = 'score';
  }

  connectedCallback() {
    if (this.built) return;
    this.built = true;
    if (!this.hasAttribute('role')) this.setAttribute('role', 'region');
    if (!this.hasAttribute('aria-label')) this.setAttribute('aria-label', 'Findings');
    const id = `factlint-panel-${++panelCount}`;
    this.tablist = el('div', 'factlint-panel-tabs');
    this.tablist.setAttribute('role', 'tablist');
    this.tablist.setAttribute('aria-label', 'Views');
    this.tablist.addEventListener('keydown', (event) => this.#onTabKey(event));
    this.tabs = new Map();
    this.views = new Map();
    for (const [name, label] of VIEWS) {
      const tab = el('button', 'factlint-panel-tab', label);
      tab.type = 'button';
      tab.id = `${id}-tab-${name}`;
      tab.dataset.view = name;
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', `${id}-view-${name}`);
      tab.addEventListener('click', () => this.showView(name));
      const view = el('div', `factlint-panel-view factlint-view-${name}`);
      view.id = `${id}-view-${name}`;
      view.setAttribute('role', 'tabpanel');
      view.setAttribute('aria-labelledby', tab.id);
      view.addEventListener('keydown', (event) => this.#onListKey(event, view));
      this.tablist.append(tab);
      this.tabs.set(name, tab);
      this.views.set(name, view);
    }
    this.summary = el('p', 'factlint-panel-summary', 'No findings yet.');
    this.summary.setAttribute('aria-live', 'polite');
    const controls = el('div', 'factlint-panel-controls');
    this.filters = el('div', 'factlint-panel-filters');
    this.filters.setAttribute('role', 'group');
    this.filters.setAttribute('aria-label', 'Show categories');
    const sortLabel = el('label', 'factlint-panel-sort', 'Sort ');
    this.sortSelect = el('select');
    for (const [value, text] of [['position', 'by position'], ['severity', 'by severity']]) {
      const option = el('option', '', text);
      option.value = value;
      this.sortSelect.append(option);
    }
    this.sortSelect.addEventListener('change', () => { this.sortBy = this.sortSelect.value; this.render(); });
    sortLabel.append(this.sortSelect);
    controls.append(this.filters, sortLabel);
    this.list = el('div', 'factlint-panel-list');
    this.views.get('findings').append(this.summary, controls, this.list);
    this.append(this.tablist, ...this.views.values());
    this.showView(this.view, { focus: false });
    this.render();
    this.#renderReportViews();
  }

  /** Shows one view: 'findings', 'claims' or 'people'. */
  showView(name, { focus = false } = {}) {
    if (!this.views?.has(name)) return;
    this.view = name;
    for (const [key, tab] of this.tabs) {
      const selected = key === name;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      this.views.get(key).hidden = !selected;
    }
    if (focus) this.tabs.get(name).focus();
  }

  #onTabKey(event) {
    const names = VIEWS.map(([name]) => name);
    const index = names.indexOf(this.view);
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: names.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.showView(names[(target + names.length) % names.length], { focus: true });
  }

  /** Follows an Annotator (what attach() returns): shows its findings, and
   * choosing a finding here moves the editor to it. */
  connect(annotator) {
    this.disconnectAnnotator?.();
    this.annotator = annotator;
    const onFindings = (event) => {
      if (event.detail.report && event.detail.report !== this.report) this.setReport(event.detail.report, event.detail.findings);
      else this.setFindings(event.detail.findings);
    };
    annotator.addEventListener('findings', onFindings);
    this.disconnectAnnotator = () => annotator.removeEventListener('findings', onFindings);
    if (annotator.report) this.setReport(annotator.report, annotator.findings);
    else this.setFindings(annotator.findings);
  }

  setFindings(findings) {
    this.findings = findings ?? [];
    this.render();
  }

  /** Shows a whole report: its findings (or `findings`, e.g. without the
   * ignored ones), its claims and its entities. */
  setReport(report, findings = report?.findings) {
    this.report = report ?? null;
    this.findings = findings ?? [];
    this.render();
    this.#renderReportViews();
  }

  /** Moves the connected editor to a passage of the report. */
  #select(span, detail) {
    this.annotator?.selectSpan?.(span);
    this.dispatchEvent(new CustomEvent('factlint-select', { detail: { span, ...detail }, bubbles: true }));
  }

  render() {
    if (!this.built) return;
    const counts = new Map();
    for (const finding of this.findings) counts.set(finding.category, (counts.get(finding.category) ?? 0) + 1);
    const present = [...counts.keys()].sort((a, b) => categoryInfo(a).order - categoryInfo(b).order);

    this.filters.replaceChildren(...present.map((category) => {
      const info = categoryInfo(category);
      const button = el('button', 'factlint-filter');
      button.type = 'button';
      button.setAttribute('aria-pressed', String(!this.hiddenCategories.has(category)));
      button.append(badge(category), ` ${info.label} ${counts.get(category)}`);
      button.addEventListener('click', () => {
        if (this.hiddenCategories.has(category)) this.hiddenCategories.delete(category);
        else this.hiddenCategories.add(category);
        this.render();
        this.filters.querySelector(`[data-category="${category}"]`)?.focus();
      });
      button.dataset.category = category;
      return button;
    }));

    const shown = this.findings.filter((f) => !this.hiddenCategories.has(f.category));
    const total = this.findings.length;
    this.summary.textContent = total === 0 ? 'No findings.'
      : `${total} finding${total === 1 ? '' : 's'}${shown.length < total ? `, ${shown.length} shown` : ''}.`;

    const groups = present.filter((c) => !this.hiddenCategories.has(c)).map((category) => {
      const items = shown.filter((f) => f.category === category).sort(this.#order());
      // The copies of one repeated passage (findings sharing a group) are one entry.
      const rows = groupRows(items);
      const section = el('section', 'factlint-panel-group');
      const heading = el('h3', '', '');
      heading.append(badge(category), ` ${categoryInfo(category).label} `, el('span', 'factlint-count', String(items.length)));
      const list = el('ul');
      list.setAttribute('role', 'list');
      list.append(...rows.map((row) => (row.length > 1 ? this.#groupItem(row) : this.#item(row[0]))));
      section.append(heading, list);
      return section;
    });
    this.list.replaceChildren(...groups);
  }

  /** The Claims and Who's who views change only with a new report (not with
   * each keystroke's shifted findings, which can be thousands on a long text). */
  #renderReportViews() {
    if (!this.built) return;
    this.#renderClaims();
    this.#renderPeople();
  }

  #renderClaims() {
    const view = this.views.get('claims');
    const claims = this.report?.claims;
    if (!claims) {
      view.replaceChildren(el('p', 'factlint-view-summary', this.report ? 'This build of the core lists no claims.' : 'No report yet.'));
      return;
    }
    const worthy = claims.filter((c) => c.checkworthy).length;
    const summary = el('p', 'factlint-view-summary',
      claims.length ? `${claims.length} claim sentence${claims.length === 1 ? '' : 's'}, ${worthy} check-worthy.` : 'No claims found.');
    const order = el('div', 'factlint-panel-controls');
    order.setAttribute('role', 'group');
    order.setAttribute('aria-label', 'Sort claims');
    order.append('Sort ');
    for (const [value, label] of [['score', 'by score'], ['position', 'by position']]) {
      const button = el('button', 'factlint-claim-order', label);
      button.type = 'button';
      button.dataset.order = value;
      button.setAttribute('aria-pressed', String(this.claimOrder === value));
      button.addEventListener('click', () => {
        this.claimOrder = value;
        this.#renderClaims();
        this.views.get('claims').querySelector(`[data-order="${value}"]`)?.focus();
      });
      order.append(button);
    }
    const sorted = claims.map((claim, index) => ({ claim, index }));
    if (this.claimOrder === 'score') sorted.sort((a, b) => b.claim.score - a.claim.score || a.index - b.index);
    const list = el('ul', 'factlint-panel-entries');
    list.setAttribute('aria-label', 'Claims');
    list.append(...sorted.slice(0, MAX_ENTRIES).map(({ claim }) => this.#claimItem(claim)));
    view.replaceChildren(summary, order, list, ...moreNote(sorted.length));
  }

  #claimItem(claim) {
    const item = el('li', `factlint-claim${claim.checkworthy ? ' factlint-checkworthy' : ''}`);
    const score = Math.round(claim.score * 100);
    const button = this.#entry('factlint-claim-text', excerpt(claim.text, 160), claim, { claim });
    const head = el('span', 'factlint-finding-where',
      `line ${claim.line} · score ${score}${claim.checkworthy ? ' · check-worthy' : ''}`);
    const types = el('span', 'factlint-claim-types');
    for (const type of claim.types) types.append(el('span', `factlint-type factlint-type-${type}`, type), ' ');
    button.prepend(head, types);
    item.append(button);
    if (claim.parts.length) {
      const parts = el('ul', 'factlint-claim-parts');
      parts.setAttribute('aria-label', 'Typed passages');
      for (const part of claim.parts) {
        const li = el('li', `factlint-part factlint-type-${part.type}`);
        li.append(el('span', 'factlint-part-type', part.type), ' ', this.#entry('factlint-part-text', excerpt(part.text, 60), part, { claim, part }));
        const extra = part.resolved ? `→ ${part.resolved.label}`
          : part.value !== undefined && part.value !== part.text ? `: ${part.value}` : '';
        if (extra) li.append(' ', el('span', part.resolved ? 'factlint-resolved' : 'factlint-part-value', extra));
        parts.append(li);
      }
      item.append(parts);
    }
    return item;
  }

  #renderPeople() {
    const view = this.views.get('people');
    const entities = this.report?.entities;
    if (!entities) {
      view.replaceChildren(el('p', 'factlint-view-summary', this.report ? 'This build of the core lists no people or organisations.' : 'No report yet.'));
      return;
    }
    const people = entities.filter((e) => e.kind === 'person').length;
    const summary = el('p', 'factlint-view-summary', entities.length
      ? `${people} ${people === 1 ? 'person' : 'people'}, ${entities.length - people} organisation${entities.length - people === 1 ? '' : 's'}.`
      : 'No people or organisations found.');
    const list = el('ul', 'factlint-panel-entries');
    list.setAttribute('aria-label', "Who's who");
    // People first, then organisations; each in order of first mention.
    const ordered = [...entities].sort((a, b) => (a.kind === 'person' ? 0 : 1) - (b.kind === 'person' ? 0 : 1));
    list.append(...ordered.slice(0, MAX_ENTRIES).map((entity) => this.#entityItem(entity)));
    view.replaceChildren(summary, list, ...moreNote(ordered.length));
  }

  #entityItem(entity) {
    const item = el('li', `factlint-entity factlint-kind-${entity.kind}`);
    const name = el('span', 'factlint-entity-name', entity.name);
    const kind = el('span', 'factlint-entity-kind', ` ${entity.kind}${entity.registerName && entity.registerName !== entity.name ? ` · register: ${entity.registerName}` : ''}`);
    item.append(name, kind);
    const roles = entity.roles ?? [];
    if (roles.length) {
      const list = el('ul', 'factlint-entity-roles');
      list.setAttribute('aria-label', `Descriptions of ${entity.name}`);
      for (const role of roles) {
        const li = el('li');
        li.append(this.#entry('factlint-role', excerpt(role.phrase.text, 90), role.phrase, { entity, role }));
        const facts = [
          // The office only when it says more than the phrase ("the education minister" → no).
          role.office && !role.phrase.text.toLowerCase().endsWith(role.office.toLowerCase()) ? `office: ${role.office}` : null,
          role.party ? `party: ${role.party}` : null,
          ...(role.qualifiers ?? []),
        ].filter(Boolean);
        if (facts.length) li.append(' ', el('span', 'factlint-role-facts', facts.join(' · ')));
        list.append(li);
      }
      item.append(list);
    }
    const mentions = el('div', 'factlint-entity-mentions');
    mentions.setAttribute('role', 'group');
    mentions.setAttribute('aria-label', `Mentions of ${entity.name}`);
    mentions.append(el('span', 'factlint-finding-where', `${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'}: `));
    // The count says how many; buttons for the first 50 (a long text names someone hundreds of times).
    for (const mention of entity.mentions.slice(0, 50)) {
      const button = this.#entry('factlint-mention', mention.text, mention, { entity, mention });
      button.title = `Line ${mention.line}: select in the text`;
      mentions.append(button, ' ');
    }
    item.append(mentions);
    return item;
  }

  /** A button that selects `passage.span` in the editor. */
  #entry(className, label, passage, detail) {
    const button = el('button', `factlint-entry ${className}`);
    button.type = 'button';
    button.append(el('span', 'factlint-entry-label', label));
    button.addEventListener('click', () => this.#select(passage.span, detail));
    return button;
  }

  #order() {
    if (this.sortBy === 'severity') {
      return (a, b) => (SEVERITY_ORDER[a.severity] ?? 9) - (SEVERITY_ORDER[b.severity] ?? 9) || a.span.start - b.span.start;
    }
    return (a, b) => a.span.start - b.span.start;
  }

  #item(finding) {
    const item = el('li');
    const button = el('button', `factlint-finding factlint-severity-${finding.severity}`);
    button.type = 'button';
    const where = el('span', 'factlint-finding-where', `line ${finding.line} · ${finding.severity}`);
    const quote = el('span', 'factlint-finding-text', clip(finding.text, 80));
    button.append(el('span', 'factlint-finding-message', finding.message), where, quote);
    button.addEventListener('click', () => {
      this.annotator?.goTo(finding);
      this.dispatchEvent(new CustomEvent('factlint-select', { detail: { finding }, bubbles: true }));
    });
    item.append(button);
    return item;
  }

  /** One entry for a repeated passage: a heading and a button per copy
   * (the copy's own finding, or for the first copy the passage itself). */
  #groupItem(members) {
    const item = el('li', 'factlint-finding-group');
    const copies = groupCopies(members);
    const first = members[0];
    const exact = members.every((f) => f.rule === first.rule) && first.rule.startsWith('repetition/duplicate-');
    const head = el('span', 'factlint-finding-message',
      exact ? `The same passage appears ${copies.length} times.` : `${copies.length} passages repeat one another.`);
    const copyList = el('ol', 'factlint-copies');
    copyList.setAttribute('aria-label', `${copies.length} copies`);
    copyList.append(...copies.slice(0, MAX_ENTRIES).map((copy, number) => {
      const entry = el('li');
      const button = el('button', `factlint-finding factlint-severity-${(copy.finding ?? first).severity}`);
      button.type = 'button';
      button.append(
        el('span', 'factlint-finding-where', `copy ${number + 1} of ${copies.length} · line ${copy.line}`),
        el('span', 'factlint-finding-text', clip(copy.text, 80)),
      );
      button.addEventListener('click', () => {
        if (copy.finding) {
          this.annotator?.goTo(copy.finding);
          this.dispatchEvent(new CustomEvent('factlint-select', { detail: { finding: copy.finding }, bubbles: true }));
        } else {
          this.#select(copy.span, { finding: copy.owner, evidence: copy.index });
        }
      });
      entry.append(button);
      return entry;
    }));
    item.append(head, copyList, ...moreNote(copies.length));
    return item;
  }

  #onListKey(event, view) {
    const buttons = [...view.querySelectorAll('button.factlint-finding, button.factlint-entry')];
    const index = buttons.indexOf(document.activeElement);
    if (index < 0) return;
    const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, target))].focus();
  }
}

function badge(category) {
  const node = el('span', `factlint-badge factlint-cat-${category}`, categoryInfo(category).badge);
  node.setAttribute('aria-hidden', 'true');
  return node;
}

/** A note under a list cut at MAX_ENTRIES, or nothing. */
function moreNote(total) {
  return total > MAX_ENTRIES ? [el('p', 'factlint-view-more', `The first ${MAX_ENTRIES} of ${total} are shown.`)] : [];
}

function clip(text, length) {
  const flat = String(text ?? '').replace(/\s+/g, ' ');
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/** Registers <factlint-panel> (or another tag); safe to call twice. */
export function definePanel(tag = 'factlint-panel') {
  if (!customElements.get(tag)) customElements.define(tag, class extends FactlintPanel {});
  return customElements.get(tag);
}

