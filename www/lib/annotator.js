// The Annotator: what attach() and the ProseMirror plugin share. It owns the
// findings of one editor, keeps them aligned while the user types (shifting
// spans across each edit until the next report arrives), asks the checker for
// a fresh report after a short pause, and handles the card, keyboard
// navigation and "ignore". How marks are drawn is the adapter's business:
//   adapter.element          the focusable element (keyboard and pointer events)
//   adapter.readText()       the plain text sent to the checker (UTF-16 offsets)
//   adapter.render(findings, activeIndex, reason)
//   adapter.rectOf(span)     a DOMRect to place the card next to, or null
//   adapter.offsetAt(x, y)   the text offset under a point, or null
//   adapter.select(span)     selects the span and scrolls it into view
//   adapter.destroy()
import { IgnoreStore, categoryInfo, shiftFindings } from './core.js';
import { isSuperseded as isSupersededError } from './worker-checker.js';

let cardCount = 0;
let annotatorCount = 0;

export class Annotator extends EventTarget {
  constructor(adapter, options = {}) {
    super();
    if (!options.checker) throw new TypeError('factlint: attach() needs options.checker (from createChecker())');
    this.adapter = adapter;
    this.checker = options.checker;
    this.delay = options.delay ?? 250;
    this.checkOptions = options.checkOptions;
    this.queueKey = `annotator-${++annotatorCount}`; // its own slot in the checker's queue
    this.ignored = new IgnoreStore(options.ignoreName ?? defaultIgnoreName(adapter.element));
    this.text = adapter.readText();
    this.report = null;
    this.all = []; // every finding of the last report, shifted to the current text
    this.findings = []; // the visible ones (not ignored), by position
    this.active = -1;
    this.timer = 0;
    this.card = new FindingCard(this);
    this.#listen();
    if (options.panel) options.panel.connect?.(this);
    this.scheduleCheck(0);
  }

  /** Called by the adapter after every edit. */
  textChanged() {
    const now = this.adapter.readText();
    if (now === this.text) return;
    this.all = shiftFindings(this.all, this.text, now);
    this.text = now;
    this.#refresh('edit');
    this.scheduleCheck();
  }

  scheduleCheck(delay = this.delay) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.checkNow(), delay);
  }

  async checkNow() {
    clearTimeout(this.timer);
    const sent = this.text;
    this.#emit('checking', { length: sent.length });
    let report;
    try {
      report = await this.checker.check(sent, this.checkOptions, { key: this.queueKey });
    } catch (error) {
      if (isSupersededError(error) || this.destroyed) return;
      this.#emit('error', { error });
      return;
    }
    if (this.destroyed) return;
    this.report = report;
    this.reportText = sent;
    // The user may have typed while the worker ran: move the spans onto the text as it is now.
    this.all = shiftFindings(report.findings, sent, this.text);
    this.#refresh('report');
  }

  #refresh(reason) {
    const activeFinding = this.findings[this.active];
    this.findings = this.all
      .filter((f) => !this.ignored.has(f))
      .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    this.active = activeFinding ? this.findings.findIndex((f) => sameFinding(f, activeFinding)) : -1;
    this.adapter.render(this.findings, this.active, reason);
    if (this.card.finding && this.active < 0) this.card.hide();
    this.#emit('findings', { findings: this.findings, report: this.report, text: this.text, reason });
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  /** Moves to the next (+1) or previous (-1) finding from the caret or the current one. */
  move(step) {
    if (!this.findings.length) {
      this.card.announce('No findings.');
      return null;
    }
    let index;
    if (this.active >= 0) index = (this.active + step + this.findings.length) % this.findings.length;
    else {
      const caret = this.adapter.caret?.() ?? 0;
      index = step > 0 ? this.findings.findIndex((f) => f.span.start >= caret) : findLastIndex(this.findings, (f) => f.span.start < caret);
      if (index < 0) index = step > 0 ? 0 : this.findings.length - 1;
    }
    return this.goTo(index);
  }

  next() { return this.move(1); }
  previous() { return this.move(-1); }

  /** Makes a finding (index or object) the current one: selected, marked, card shown. */
  goTo(target) {
    const index = typeof target === 'number' ? target : this.findings.findIndex((f) => sameFinding(f, target));
    const finding = this.findings[index];
    if (!finding) return null;
    this.active = index;
    this.adapter.select(finding.span);
    this.adapter.render(this.findings, this.active, 'navigate');
    this.card.show(finding, { announce: true });
    this.#emit('active', { finding, index });
    return finding;
  }

  /** Selects any span of the last report (a claim, a mention, a role) in the
   * editor, moved across the edits made since that report; returns the span
   * selected, or null when the edits have removed that passage. */
  selectSpan(span) {
    const [moved] = shiftFindings([{ span }], this.reportText ?? this.text, this.text);
    if (!moved || moved.span.end > this.text.length) return null;
    this.card.hide();
    this.adapter.select(moved.span);
    return moved.span;
  }

  /** Hides this finding now and in later reports of this text (by rule + flagged text). */
  ignore(finding = this.findings[this.active]) {
    if (!finding) return;
    this.ignored.add(finding);
    this.card.hide();
    this.active = -1;
    this.#refresh('ignore');
    this.card.announce('Finding ignored.');
  }

  clearIgnored() {
    this.ignored.clear();
    this.#refresh('ignore');
  }

  findingAt(offset) {
    return this.findings.find((f) => f.span.start <= offset && offset < f.span.end) ?? null;
  }

  #listen() {
    const element = this.adapter.element;
    this.onKeyDown = (event) => {
      if (event.altKey && !event.ctrlKey && !event.metaKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
        event.preventDefault();
        this.move(event.key === 'ArrowDown' ? 1 : -1);
      } else if (event.altKey && (event.key === 'i' || event.key === 'I' || event.code === 'KeyI') && this.active >= 0) {
        event.preventDefault();
        this.ignore();
      } else if (event.key === 'Escape' && this.card.finding) {
        this.card.hide();
        this.active = -1;
        this.adapter.render(this.findings, -1, 'navigate');
      }
    };
    let pending = false;
    this.onPointerMove = (event) => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        if (this.destroyed) return;
        const offset = this.adapter.offsetAt(event.clientX, event.clientY);
        const finding = offset == null ? null : this.findingAt(offset);
        if (finding) this.card.show(finding, { hover: true });
        else this.card.hideSoon();
      });
    };
    this.onPointerLeave = () => this.card.hideSoon();
    // Leaving the editor (other than into the card) closes the card, so it never
    // sits over the rest of the page.
    this.onFocusOut = (event) => {
      if (!this.card.root.contains(event.relatedTarget)) this.card.hide();
    };
    element.addEventListener('focusout', this.onFocusOut);
    element.addEventListener('keydown', this.onKeyDown);
    element.addEventListener('pointermove', this.onPointerMove);
    element.addEventListener('pointerleave', this.onPointerLeave);
  }

  destroy() {
    this.destroyed = true;
    clearTimeout(this.timer);
    const element = this.adapter.element;
    element.removeEventListener('keydown', this.onKeyDown);
    element.removeEventListener('focusout', this.onFocusOut);
    element.removeEventListener('pointermove', this.onPointerMove);
    element.removeEventListener('pointerleave', this.onPointerLeave);
    this.card.destroy();
    this.adapter.destroy();
  }
}

function sameFinding(a, b) {
  return a.rule === b.rule && a.span.start === b.span.start && a.span.end === b.span.end;
}

function findLastIndex(list, test) {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}

function defaultIgnoreName(element) {
  const where = typeof location === 'undefined' ? '' : location.pathname;
  return `${where}#${element.id || element.getAttribute?.('name') || element.getAttribute?.('aria-label') || 'editor'}`;
}

/** The hover/focus card: the message, the evidence and an Ignore button. Built
 * with DOM calls and textContent only (user text never goes through HTML). */
class FindingCard {
  constructor(annotator) {
    this.annotator = annotator;
    this.finding = null;
    const id = `factlint-card-${++cardCount}`;
    this.root = el('div', 'factlint-card');
    this.root.id = id;
    this.root.setAttribute('role', 'dialog');
    this.root.setAttribute('aria-label', 'factlint finding');
    this.root.hidden = true;
    this.title = el('div', 'factlint-card-title');
    this.message = el('p', 'factlint-card-message');
    this.evidence = el('ul', 'factlint-card-evidence');
    const actions = el('div', 'factlint-card-actions');
    this.ignoreButton = el('button', 'factlint-button', 'Ignore');
    this.ignoreButton.type = 'button';
    this.ignoreButton.title = 'Ignore this finding in this text (Alt+I)';
    this.ignoreButton.addEventListener('click', () => this.finding && annotator.ignore(this.finding));
    const close = el('button', 'factlint-button', 'Close');
    close.type = 'button';
    close.addEventListener('click', () => this.hide());
    const hint = el('span', 'factlint-card-hint', 'Alt+↓/↑ next/previous · Alt+I ignore');
    actions.append(this.ignoreButton, close, hint);
    this.root.append(this.title, this.message, this.evidence, actions);
    this.live = el('div', 'factlint-visually-hidden');
    this.live.setAttribute('aria-live', 'polite');
    this.root.addEventListener('pointerenter', () => clearTimeout(this.hideTimer));
    this.root.addEventListener('pointerleave', () => this.hideSoon());
    document.body.append(this.root, this.live);
  }

  show(finding, { announce = false, hover = false } = {}) {
    clearTimeout(this.hideTimer);
    if (hover && this.finding === finding && !this.root.hidden) return;
    this.finding = finding;
    const info = categoryInfo(finding.category);
    this.root.dataset.category = finding.category;
    const badge = el('span', `factlint-badge factlint-cat-${finding.category}`, info.badge);
    badge.setAttribute('aria-hidden', 'true');
    this.title.replaceChildren(badge, ` ${info.label} · ${finding.severity}`);
    this.message.textContent = finding.message;
    this.evidence.replaceChildren(...(finding.related ?? []).slice(0, 5).map(evidenceItem));
    if (finding.similarity != null && finding.similarity < 1) {
      this.evidence.append(el('li', '', `Similarity ${Math.round(finding.similarity * 100)}%`));
    }
    this.root.hidden = false;
    this.place(finding);
    if (announce) {
      const index = this.annotator.findings.indexOf(finding);
      this.announce(`Finding ${index + 1} of ${this.annotator.findings.length}: ${info.label}. ${finding.message}`);
    }
  }

  place(finding) {
    const rect = this.annotator.adapter.rectOf(finding.span);
    const host = this.annotator.adapter.element.getBoundingClientRect();
    const anchor = rect ?? host;
    const top = Math.min(anchor.bottom, host.bottom) + 6;
    const left = Math.max(4, Math.min(anchor.left, window.innerWidth - this.root.offsetWidth - 8));
    this.root.style.top = `${top + window.scrollY}px`;
    this.root.style.left = `${left + window.scrollX}px`;
  }

  announce(text) {
    this.live.textContent = text;
  }

  hideSoon() {
    if (this.root.hidden || this.annotator.active >= 0) return;
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.hide(), 300);
  }

  hide() {
    clearTimeout(this.hideTimer);
    this.root.hidden = true;
    this.finding = null;
  }

  destroy() {
    this.hide();
    this.root.remove();
    this.live.remove();
  }
}

function evidenceItem(related) {
  const item = el('li');
  const where = related.kind === 'source' ? `source ${related.source ?? ''}` : related.line ? `line ${related.line}` : related.kind;
  item.append(el('span', 'factlint-card-note', `${related.note} (${where}): `), el('q', '', related.text));
  return item;
}

export function el(tag, className = '', text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
