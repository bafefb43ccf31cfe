// attach(element, options): live underlines for a <textarea> (an overlay
// mirror, since a textarea's text cannot be styled) or any contenteditable
// element (CSS Custom Highlight API ranges: nothing is inserted into the
// editable DOM, so the host editor's own code never sees our marks).
import { Annotator, el } from './annotator.js';

export function attach(element, options = {}) {
  if (!element) throw new TypeError('factlint: attach() needs an element');
  let annotator;
  const onInput = () => annotator?.textChanged();
  const adapter = element instanceof HTMLTextAreaElement ? new TextareaAdapter(element, onInput) : new EditableAdapter(element, onInput);
  annotator = new Annotator(adapter, options);
  return annotator;
}

const MIRRORED_STYLES = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'fontKerning',
  'letterSpacing', 'wordSpacing', 'lineHeight', 'textTransform', 'textIndent', 'textAlign', 'tabSize', 'direction',
  'paddingTop', 'paddingLeft', 'paddingBottom', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth',
  'borderLeftWidth', 'borderTopStyle', 'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle',
  'borderTopLeftRadius', 'borderTopRightRadius', 'borderBottomLeftRadius', 'borderBottomRightRadius',
];

/** A transparent copy of the textarea's text laid over it, with the flagged
 * passages wrapped in spans that carry the underline. */
class TextareaAdapter {
  constructor(textarea, onInput) {
    this.element = textarea;
    this.mirror = el('div', 'factlint-mirror');
    this.mirror.setAttribute('aria-hidden', 'true');
    textarea.insertAdjacentElement('afterend', this.mirror);
    textarea.classList.add('factlint-attached');
    this.marks = [];
    this.onInput = onInput;
    this.onScroll = () => this.#syncScroll();
    this.resize = new ResizeObserver(() => this.layout());
    this.resize.observe(textarea);
    textarea.addEventListener('input', onInput);
    textarea.addEventListener('scroll', this.onScroll);
    window.addEventListener('resize', this.onScroll);
    this.layout();
  }

  readText() {
    return this.element.value;
  }

  caret() {
    return this.element.selectionStart ?? 0;
  }

  layout() {
    const textarea = this.element;
    const style = getComputedStyle(textarea);
    for (const name of MIRRORED_STYLES) this.mirror.style[name] = style[name];
    this.mirror.style.borderColor = 'transparent';
    const scrollbar = textarea.offsetWidth - textarea.clientWidth
      - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
    this.mirror.style.paddingRight = `${parseFloat(style.paddingRight) + Math.max(0, scrollbar)}px`;
    this.mirror.style.width = `${textarea.offsetWidth}px`;
    this.mirror.style.height = `${textarea.offsetHeight}px`;
    this.mirror.style.top = `${textarea.offsetTop}px`;
    this.mirror.style.left = `${textarea.offsetLeft}px`;
    this.#syncScroll();
  }

  #syncScroll() {
    this.mirror.scrollTop = this.element.scrollTop;
    this.mirror.scrollLeft = this.element.scrollLeft;
  }

  render(findings, active) {
    this.lastFindings = findings; // rectOf() and offsetAt() answer from these
    const text = this.element.value;
    const parts = [];
    this.marks = [];
    let at = 0;
    findings.forEach((finding, index) => {
      const start = Math.max(finding.span.start, at);
      const end = Math.min(finding.span.end, text.length);
      if (end <= start) return; // overlaps an earlier mark: its underline already covers this text
      if (start > at) parts.push(text.slice(at, start));
      const mark = el('span', `factlint-mark factlint-cat-${finding.category}${index === active ? ' factlint-active' : ''}`, text.slice(start, end));
      mark.dataset.index = String(index);
      parts.push(mark);
      this.marks[index] = mark;
      at = end;
    });
    // A trailing newline needs a character after it, or the mirror is one line short.
    parts.push(text.slice(at) + '\u200b');
    this.mirror.replaceChildren(...parts);
    this.#syncScroll();
  }

  #markOf(span) {
    const index = (this.lastFindings ?? []).findIndex((f) => f.span.start === span.start && f.span.end === span.end);
    return this.marks[index] ?? null;
  }

  rectOf(span) {
    const mark = this.#markOf(span);
    return mark ? mark.getBoundingClientRect() : null;
  }

  offsetAt(x, y) {
    for (const mark of this.marks) {
      if (!mark) continue;
      for (const rect of mark.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) {
          return this.lastFindings?.[Number(mark.dataset.index)]?.span.start ?? null;
        }
      }
    }
    return null;
  }

  select(span) {
    const textarea = this.element;
    textarea.focus({ preventScroll: true });
    textarea.setSelectionRange(span.start, span.end);
    const mark = this.#markOf(span);
    if (mark) {
      const top = mark.offsetTop;
      if (top < textarea.scrollTop || top > textarea.scrollTop + textarea.clientHeight - mark.offsetHeight) {
        textarea.scrollTop = Math.max(0, top - textarea.clientHeight / 3);
      }
    }
    this.#syncScroll();
  }

  destroy() {
    this.resize.disconnect();
    this.element.removeEventListener('input', this.onInput);
    this.element.removeEventListener('scroll', this.onScroll);
    window.removeEventListener('resize', this.onScroll);
    this.element.classList.remove('factlint-attached');
    this.mirror.remove();
  }
}

const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TD', 'TH', 'TR', 'UL']);

/** The plain text of an editable element, one '\n' between blocks and for each
 * <br>, with the text node behind every stretch of it, so an offset in the
 * text maps back to a DOM position (and a DOM position to an offset). */
export function snapshotText(root) {
  let text = '';
  const segments = []; // { node, start }
  let needBreak = false;
  const walk = (parent) => {
    for (const node of parent.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (!node.data) continue;
        if (needBreak && text) text += '\n';
        needBreak = false;
        segments.push({ node, start: text.length });
        text += node.data;
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        if (node.nodeName === 'BR') {
          text += '\n';
          needBreak = false;
        } else if (BLOCKS.has(node.nodeName)) {
          needBreak = true;
          walk(node);
          needBreak = true;
        } else walk(node);
      }
    }
  };
  walk(root);
  return { text, segments };
}

/** The DOM position of a text offset: inside the text node that holds it, or
 * the nearest text node boundary when the offset falls on a line break. */
function domPosition(segments, offset, preferEnd) {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (segments[mid].start <= offset) { found = mid; low = mid + 1; } else high = mid - 1;
  }
  if (found < 0) return segments.length ? { node: segments[0].node, offset: 0 } : null;
  const { node, start } = segments[found];
  if (offset - start <= node.data.length) return { node, offset: offset - start };
  if (!preferEnd && segments[found + 1]) return { node: segments[found + 1].node, offset: 0 };
  return { node, offset: node.data.length };
}

const ACTIVE_HIGHLIGHT = 'factlint-active';

/** Shared Highlight objects: one per category, plus the current finding. Every
 * attached element adds its own ranges to them and removes only its own. */
function highlight(name) {
  let entry = CSS.highlights.get(name);
  if (!entry) {
    entry = new Highlight();
    CSS.highlights.set(name, entry);
  }
  return entry;
}

class EditableAdapter {
  constructor(element, onInput) {
    this.element = element;
    this.onInput = onInput;
    this.owned = []; // [highlightName, range]
    this.ranges = [];
    this.supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
    element.classList.add('factlint-attached');
    element.addEventListener('input', onInput);
    this.snapshot = snapshotText(element);
  }

  readText() {
    this.snapshot = snapshotText(this.element);
    return this.snapshot.text;
  }

  caret() {
    const selection = getSelection();
    if (!selection?.rangeCount) return 0;
    const range = selection.getRangeAt(0);
    return this.#offsetOf(range.startContainer, range.startOffset) ?? 0;
  }

  #offsetOf(node, offset) {
    const { segments, text } = this.snapshot;
    if (node.nodeType === Node.TEXT_NODE) {
      const segment = segments.find((s) => s.node === node);
      return segment ? segment.start + offset : null;
    }
    // A position between elements: the start of the first text node after it.
    const child = node.childNodes[offset];
    const after = (textNode) => (child
      ? child === textNode || child.contains(textNode) || Boolean(child.compareDocumentPosition(textNode) & Node.DOCUMENT_POSITION_FOLLOWING)
      : !node.contains(textNode) && Boolean(node.compareDocumentPosition(textNode) & Node.DOCUMENT_POSITION_FOLLOWING));
    return segments.find((s) => after(s.node))?.start ?? text.length;
  }

  rangeOf(span) {
    const { segments } = this.snapshot;
    const start = domPosition(segments, span.start, false);
    const end = domPosition(segments, span.end, true);
    if (!start || !end) return null;
    const range = document.createRange();
    try {
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
    } catch {
      return null;
    }
    return range;
  }

  render(findings, active) {
    this.#clear();
    if (!this.supported) return;
    this.ranges = findings.map((finding, index) => {
      const range = this.rangeOf(finding.span);
      if (!range) return null;
      this.#own(`factlint-${finding.category}`, range);
      if (index === active) this.#own(ACTIVE_HIGHLIGHT, range);
      return range;
    });
  }

  #own(name, range) {
    highlight(name).add(range);
    this.owned.push([name, range]);
  }

  #clear() {
    for (const [name, range] of this.owned) CSS.highlights.get(name)?.delete(range);
    this.owned = [];
  }

  rectOf(span) {
    const range = this.rangeOf(span);
    return range ? range.getBoundingClientRect() : null;
  }

  offsetAt(x, y) {
    let node;
    let offset;
    if (document.caretPositionFromPoint) {
      const position = document.caretPositionFromPoint(x, y);
      if (!position) return null;
      ({ offsetNode: node, offset } = position);
    } else if (document.caretRangeFromPoint) {
      const range = document.caretRangeFromPoint(x, y);
      if (!range) return null;
      ({ startContainer: node, startOffset: offset } = range);
    } else return null;
    if (!this.element.contains(node)) return null;
    return this.#offsetOf(node, offset);
  }

  select(span) {
    const range = this.rangeOf(span);
    if (!range) return;
    this.element.focus({ preventScroll: true });
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    const rect = range.getBoundingClientRect();
    const box = this.element.getBoundingClientRect();
    if (rect.top < box.top || rect.bottom > box.bottom) this.element.scrollTop += rect.top - box.top - box.height / 3;
  }

  destroy() {
    this.#clear();
    this.element.removeEventListener('input', this.onInput);
    this.element.classList.remove('factlint-attached');
  }
}
