// Builds DOM from data without ever parsing HTML: every piece of text goes
// in through a text node, so pasted markup stays literal characters.

/**
 * h('li', { class: 'finding', dataset: { id: 'f1' } }, 'text', childNode, null)
 * Attributes are set with setAttribute (never `on*` handlers or `style`, which
 * the Content-Security-Policy would refuse anyway); children may be strings,
 * nodes, arrays of them, or null/false (skipped).
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name === 'class') element.className = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Shortens a passage for a list: whole words, an ellipsis, one line. */
export function excerpt(text, limit = 110) {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > limit * 0.6 ? lastSpace : limit).trimEnd()}…`;
}
