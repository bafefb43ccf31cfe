// Highlights passages of a <textarea> in place. A textarea cannot hold
// markup, so a "mirror" <div> sits behind it with the same text, font,
// padding, width and wrapping; the textarea's background is transparent and
// the mirror's text is transparent, so the reader sees the textarea's own
// text (caret, selection, spell-check, undo all native) on top of the
// mirror's coloured <mark>s. The mirror is built from text nodes only.
//
// Alignment rules: both boxes share one CSS rule for everything that affects
// layout (see `.editor-text` in style.css); the mirror is sized to the
// textarea's client box (which excludes its scrollbar) and follows its
// scroll position. Marks must never change layout: colours, underlines and
// outlines only, no padding, borders or font changes.

/**
 * @param {HTMLTextAreaElement} textarea
 * @param {HTMLElement} mirror  an empty, absolutely positioned sibling behind the textarea
 */
export function createOverlay(textarea, mirror) {
  /** id -> the <mark> segments that id covers, in text order. */
  let segmentsById = new Map();
  /** Every <mark> segment, in text order. */
  let segments = [];
  /** Segments that carry state classes now, to clear them cheaply. */
  let styled = [];

  function syncScroll() {
    mirror.scrollTop = textarea.scrollTop;
    mirror.scrollLeft = textarea.scrollLeft;
  }

  function syncGeometry() {
    mirror.style.top = `${textarea.offsetTop + textarea.clientTop}px`;
    mirror.style.left = `${textarea.offsetLeft + textarea.clientLeft}px`;
    mirror.style.width = `${textarea.clientWidth}px`;
    mirror.style.height = `${textarea.clientHeight}px`;
    syncScroll();
  }

  textarea.addEventListener('scroll', syncScroll, { passive: true });
  // Fires on window resizes, layout changes, the user dragging the resize
  // handle, and a scrollbar appearing (it narrows the content box).
  const resizeObserver = new ResizeObserver(syncGeometry);
  resizeObserver.observe(textarea);

  /**
   * Shows `text` with `marks` highlighted. Marks may overlap; each piece of
   * text covered by several marks becomes one <mark> segment whose class is
   * that of the first covering mark in array order (so order marks by
   * priority) and whose data-ids lists all of them. `quiet` marks (evidence
   * shown only on demand) never win over a non-quiet one.
   * @param {string} text
   * @param {{start:number, end:number, id:string, className:string, quiet?:boolean}[]} marks
   *        UTF-16 offsets, i.e. JavaScript string indices.
   */
  function render(text, marks) {
    const valid = [];
    marks.forEach((mark, priority) => {
      if (Number.isInteger(mark.start) && Number.isInteger(mark.end) && mark.start >= 0 && mark.start < mark.end && mark.end <= text.length) {
        valid.push({ ...mark, priority });
      }
    });
    const cuts = new Set([0, text.length]);
    for (const mark of valid) {
      cuts.add(mark.start);
      cuts.add(mark.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    valid.sort((a, b) => a.start - b.start);

    const fragment = document.createDocumentFragment();
    segmentsById = new Map();
    segments = [];
    styled = [];
    let open = [];
    let next = 0;
    for (let i = 0; i + 1 < points.length; i += 1) {
      const from = points[i];
      const to = points[i + 1];
      while (next < valid.length && valid[next].start <= from) open.push(valid[next++]);
      open = open.filter((mark) => mark.end > from);
      const piece = text.slice(from, to);
      if (open.length === 0) {
        fragment.append(document.createTextNode(piece));
        continue;
      }
      const covering = [...open].sort((a, b) => a.priority - b.priority);
      const loud = covering.filter((mark) => !mark.quiet);
      const primary = loud[0] ?? covering[0];
      const segment = document.createElement('mark');
      segment.className = primary.className;
      if (loud.length > 1) segment.classList.add('overlap');
      segment.dataset.ids = covering.map((mark) => mark.id).join(' ');
      segment.append(document.createTextNode(piece));
      fragment.append(segment);
      segments.push(segment);
      for (const mark of covering) {
        if (!segmentsById.has(mark.id)) segmentsById.set(mark.id, []);
        segmentsById.get(mark.id).push(segment);
      }
    }
    // A textarea shows a last empty line after a final newline; a div does
    // not, so the mirror would be one line short when scrolled to the end.
    if (text.endsWith('\n')) fragment.append(document.createTextNode('\u200b'));
    mirror.replaceChildren(fragment);
    syncGeometry();
  }

  /**
   * Puts state classes on the segments of some ids, removing all earlier
   * ones: `new Map([['f1', ['active']], ['e1-0', ['partner']]])`.
   */
  function setState(classesById) {
    for (const { segment, classes } of styled) segment.classList.remove(...classes);
    styled = [];
    for (const [id, classes] of classesById) {
      for (const segment of segmentsById.get(id) ?? []) {
        segment.classList.add(...classes);
        styled.push({ segment, classes });
      }
    }
  }

  /** The ids under a viewport point (e.g. the mouse), loud ones first; [] if none. */
  function idsAt(clientX, clientY) {
    const box = mirror.getBoundingClientRect();
    if (clientX < box.left || clientX > box.right || clientY < box.top || clientY > box.bottom) return [];
    for (const segment of segments) {
      for (const rect of segment.getClientRects()) {
        if (clientX >= rect.left && clientX <= rect.right && clientY >= rect.top && clientY <= rect.bottom) {
          return segment.dataset.ids.split(' ');
        }
      }
    }
    return [];
  }

  /**
   * Scrolls the textarea so the passage of `id` is in view (centred when it
   * was not). Returns false when the id has no segment.
   */
  function reveal(id) {
    const covered = segmentsById.get(id);
    if (!covered || covered.length === 0) return false;
    const top = covered[0].offsetTop;
    const last = covered[covered.length - 1];
    const bottom = last.offsetTop + last.offsetHeight;
    const view = textarea.clientHeight;
    const visible = top >= textarea.scrollTop && bottom <= textarea.scrollTop + view;
    if (!visible) {
      const height = bottom - top;
      const target = height >= view ? top - 8 : top - (view - height) / 2;
      textarea.scrollTop = Math.max(0, target);
    }
    syncScroll();
    return true;
  }

  /**
   * Where the passage of `id` sits in the text's own coordinates (before
   * scrolling): { top, bottom } in pixels, or null when it has no segment.
   */
  function boxOf(id) {
    const covered = segmentsById.get(id);
    if (!covered || covered.length === 0) return null;
    let top = Infinity;
    let bottom = -Infinity;
    for (const segment of covered) {
      top = Math.min(top, segment.offsetTop);
      bottom = Math.max(bottom, segment.offsetTop + segment.offsetHeight);
    }
    return { top, bottom };
  }

  function dispose() {
    resizeObserver.disconnect();
    textarea.removeEventListener('scroll', syncScroll);
    mirror.replaceChildren();
  }

  return { render, setState, idsAt, reveal, boxOf, sync: syncGeometry, dispose };
}
