// Iterative document-order walk (no recursion: deeply nested pages must not overflow the stack).

export interface WalkVisitor {
  /** Called on entering an element; return false to skip its subtree (leave is not called then). */
  enter(el: Element): boolean;
  leave(el: Element): void;
  text(node: Text): void;
}

const ELEMENT = 1;
const TEXT = 3;

/** Visits the descendants of `root` (not `root` itself) in document order. */
export function walk(root: Node, visitor: WalkVisitor): void {
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === ELEMENT) {
      descend = visitor.enter(node as Element);
      if (descend && !node.firstChild) visitor.leave(node as Element);
      descend &&= node.firstChild !== null;
    } else if (node.nodeType === TEXT) {
      visitor.text(node as Text);
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling exists, leaving each finished ancestor.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) visitor.leave(node as Element);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
}
