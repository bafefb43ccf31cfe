// <factlint-panel>: the findings of one editor as a list grouped by category,
// with counts, category filters and a sort order. Each finding is a button;
// activating it moves the editor to that finding. Arrow keys move between
// findings, Home/End to the first/last. Light DOM, styled by factlint.css.
import { SEVERITY_ORDER, categoryInfo } from './core.js';
import { el } from './annotator.js';

// In Node (no DOM) the class still loads, so importing index.js never throws.
const ElementBase = globalThis.HTMLElement ?? class {};

export class FactlintPanel extends ElementBase {
  constructor() {
    super();
    this.findings = [];
    this.hiddenCategories = new Set();
    this.sortBy = 'position';
    this.annotator = null;
  }

  connectedCallback() {
    if (this.built) return;
    this.built = true;
    if (!this.hasAttribute('role')) this.setAttribute('role', 'region');
    if (!this.hasAttribute('aria-label')) this.setAttribute('aria-label', 'Findings');
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
    this.list.addEventListener('keydown', (event) => this.#onListKey(event));
    this.append(this.summary, controls, this.list);
    this.render();
  }

  /** Follows an Annotator (what attach() returns): shows its findings, and
   * choosing a finding here moves the editor to it. */
  connect(annotator) {
    this.disconnectAnnotator?.();
    this.annotator = annotator;
    const onFindings = (event) => this.setFindings(event.detail.findings);
    annotator.addEventListener('findings', onFindings);
    this.disconnectAnnotator = () => annotator.removeEventListener('findings', onFindings);
    this.setFindings(annotator.findings);
  }

  setFindings(findings) {
    this.findings = findings ?? [];
    this.render();
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
      const section = el('section', 'factlint-panel-group');
      const heading = el('h3', '', '');
      heading.append(badge(category), ` ${categoryInfo(category).label} `, el('span', 'factlint-count', String(items.length)));
      const list = el('ul');
      list.setAttribute('role', 'list');
      list.append(...items.map((finding) => this.#item(finding)));
      section.append(heading, list);
      return section;
    });
    this.list.replaceChildren(...groups);
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

  #onListKey(event) {
    const buttons = [...this.list.querySelectorAll('button.factlint-finding')];
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

function clip(text, length) {
  const flat = String(text ?? '').replace(/\s+/g, ' ');
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/** Registers <factlint-panel> (or another tag); safe to call twice. */
export function definePanel(tag = 'factlint-panel') {
  if (!customElements.get(tag)) customElements.define(tag, class extends FactlintPanel {});
  return customElements.get(tag);
}

