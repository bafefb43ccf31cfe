// Keeps marks on the right words between an edit and the next report: the
// changed region is found by common prefix and suffix (one region per input
// event is what typing, pasting and deleting produce), spans after it move by
// the change in length, and spans the edit touches are dropped until the
// core has looked at the new text.

/** The changed region: [start, endBefore) in `before` became [start, endAfter) in `after`. */
export function diffRegion(before, after) {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore -= 1;
    endAfter -= 1;
  }
  return { start, endBefore, endAfter };
}

/** The span moved across the edit, or null when the edit falls inside it. */
export function shiftSpan(span, edit) {
  if (!span) return null;
  if (edit.start === edit.endBefore && edit.start === edit.endAfter) return span; // no change
  if (span.end <= edit.start) return span;
  if (span.start >= edit.endBefore) {
    const delta = edit.endAfter - edit.endBefore;
    return { start: span.start + delta, end: span.end + delta };
  }
  return null;
}
