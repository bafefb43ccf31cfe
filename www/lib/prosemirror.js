// factlintPlugin(options): findings as ProseMirror inline decorations.
// The checker sees the document as plain text (one '\n' between textblocks and
// for each hard break), so every report span is a UTF-16 offset in that text;
// docText() keeps the text-node positions needed to map offsets to document
// positions and back. Between reports the decorations follow edits through
// the transaction mapping, like any ProseMirror decoration.
import { Plugin, PluginKey, TextSelection } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { Annotator } from './annotator.js';

export const factlintKey = new PluginKey('factlint');

/** The plain text of a document and where each text node starts in it. */
export function docText(doc) {
  let text = '';
  let blocks = 0;
  const segments = []; // { pos, start, length }
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      if (blocks++) text += '\n';
    } else if (node.isText) {
      segments.push({ pos, start: text.length, length: node.text.length });
      text += node.text;
    } else if (node.isInline && node.isLeaf && node.type.spec.leafText === undefined) {
      if (node.type.name === 'hard_break') text += '\n';
    }
    return true;
  });
  return { text, segments };
}

/** Document position of a text offset (end positions stick to the text before them). */
export function offsetToPos(segments, offset, preferEnd = false) {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (segments[mid].start <= offset) { found = mid; low = mid + 1; } else high = mid - 1;
  }
  if (found < 0) return segments.length ? segments[0].pos : 0;
  const segment = segments[found];
  if (offset <= segment.start + segment.length) return segment.pos + (offset - segment.start);
  const next = segments[found + 1];
  return !preferEnd && next ? next.pos : segment.pos + segment.length;
}

/** Text offset of a document position (positions between blocks go to the next text). */
export function posToOffset(segments, pos) {
  for (const segment of segments) {
    if (pos < segment.pos) return segment.start;
    if (pos <= segment.pos + segment.length) return segment.start + (pos - segment.pos);
  }
  const last = segments[segments.length - 1];
  return last ? last.start + last.length : 0;
}

/** Options: everything attach() takes (checker, delay, ignoreName, panel,
 * checkOptions) plus onAttach(annotator), called once the view exists. */
export function factlintPlugin(options = {}) {
  return new Plugin({
    key: factlintKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, decorations) {
        const fresh = tr.getMeta(factlintKey);
        if (fresh) return fresh;
        return tr.docChanged ? decorations.map(tr.mapping, tr.doc) : decorations;
      },
    },
    props: {
      decorations: (state) => factlintKey.getState(state),
    },
    view(editorView) {
      const adapter = new ProseMirrorAdapter(editorView);
      const annotator = new Annotator(adapter, { ignoreName: editorView.dom.id || 'prosemirror', ...options });
      options.onAttach?.(annotator);
      return {
        update(view, previous) {
          if (!previous.doc.eq(view.state.doc)) annotator.textChanged();
        },
        destroy: () => annotator.destroy(),
      };
    },
  });
}

class ProseMirrorAdapter {
  constructor(view) {
    this.view = view;
    this.element = view.dom;
    this.mapped = null;
  }

  #map() {
    if (this.mapped?.doc !== this.view.state.doc) this.mapped = { doc: this.view.state.doc, ...docText(this.view.state.doc) };
    return this.mapped;
  }

  readText() {
    return this.#map().text;
  }

  caret() {
    return posToOffset(this.#map().segments, this.view.state.selection.from);
  }

  range(span) {
    const { segments } = this.#map();
    return { from: offsetToPos(segments, span.start), to: offsetToPos(segments, span.end, true) };
  }

  render(findings, active, reason) {
    // After an edit the mapped decorations are already in place (and a view
    // update must not dispatch); every other change rebuilds them.
    if (reason === 'edit') return;
    const { doc } = this.view.state;
    const decorations = [];
    findings.forEach((finding, index) => {
      const { from, to } = this.range(finding.span);
      if (to <= from) return;
      decorations.push(Decoration.inline(from, to, {
        class: `factlint-mark factlint-cat-${finding.category}${index === active ? ' factlint-active' : ''}`,
        'data-factlint-index': String(index),
      }));
    });
    const set = DecorationSet.create(doc, decorations);
    const dispatch = () => !this.destroyed && this.view.dispatch(this.view.state.tr.setMeta(factlintKey, set).setMeta('addToHistory', false));
    // Reports arrive from a promise, outside any ProseMirror update; dispatching now is safe.
    if (this.view.state.doc === doc) dispatch();
  }

  rectOf(span) {
    const { from, to } = this.range(span);
    try {
      const start = this.view.coordsAtPos(from, 1);
      const end = this.view.coordsAtPos(to, -1);
      return { top: start.top, left: start.left, bottom: Math.max(start.bottom, end.bottom), right: end.right };
    } catch {
      return null;
    }
  }

  offsetAt(x, y) {
    const found = this.view.posAtCoords({ left: x, top: y });
    return found ? posToOffset(this.#map().segments, found.pos) : null;
  }

  select(span) {
    const { from, to } = this.range(span);
    const { state } = this.view;
    this.view.focus();
    this.view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, from, to)).scrollIntoView());
  }

  destroy() {
    this.destroyed = true;
  }
}
