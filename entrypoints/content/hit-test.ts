// Highlights get no events, so a click is matched to a highlighted range by position.

interface Caret {
  node: Node;
  offset: number;
}

function caretAt(doc: Document, x: number, y: number): Caret | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  // Older Chrome only has the non-standard caretRangeFromPoint.
  const legacy = (doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null }).caretRangeFromPoint;
  const range = legacy?.call(doc, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * The caret, when it is in text. Over a web component's shadow tree and the text slotted into it,
 * the caret stops at an element (the host, or one of its ancestors): then the rects alone decide.
 */
function textCaretAt(doc: Document, x: number, y: number): Caret | null {
  const caret = caretAt(doc, x, y);
  return caret?.node.nodeType === TEXT_NODE ? caret : null;
}

const TEXT_NODE = 3;

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

/**
 * Returns the first target whose range lies under the point (x, y) in viewport coordinates.
 * The caret narrows the search to ranges containing that text position; the client rects
 * confirm the point is really on the text (a caret also lands at the end of a line's white space).
 */
export function targetAt<T extends { range: Range }>(doc: Document, x: number, y: number, targets: readonly T[]): T | null {
  const caret = textCaretAt(doc, x, y);
  for (const t of targets) {
    if (caret && !isPointIn(t.range, caret)) continue;
    if (rectsContain(t.range, x, y)) return t;
  }
  return null;
}

function isPointIn(range: Range, caret: Caret): boolean {
  try {
    return range.isPointInRange(caret.node, caret.offset);
  } catch {
    return false; // the caret is in another document or a detached node
  }
}
