// Iterative document-order walk (no recursion: deeply nested pages must not overflow the stack).
// A generator that yields every few hundred nodes, so that callers can spread a big page over several tasks.
import type { Steps } from '../engine/steps';

export interface WalkVisitor {
  /** Called on entering an element; return false to skip its subtree (leave is not called then). */
  enter(el: Element): boolean;
  leave(el: Element): void;
  text(node: Text): void;
}

const ELEMENT = 1;
const TEXT = 3;
/** Nodes visited between two yields. */
const NODES_PER_STEP = 500;

/**
 * Visits the descendants of `root` (not `root` itself) in document order. The walk keeps its own
 * stack of open elements, so enter and leave stay paired even if the page moves nodes between steps.
 */
export function* walkSteps(root: Node, visitor: WalkVisitor): Steps<void> {
  const open: Element[] = [];
  let visited = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    if (++visited === NODES_PER_STEP) {
      visited = 0;
      yield;
    }
    let descend = false;
    if (node.nodeType === ELEMENT) {
      descend = visitor.enter(node as Element);
      if (descend && !node.firstChild) visitor.leave(node as Element);
      descend &&= node.firstChild !== null;
    } else if (node.nodeType === TEXT) {
      visitor.text(node as Text);
    }
    if (descend) {
      open.push(node as Element);
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling exists, leaving each finished ancestor.
    while (!node.nextSibling && open.length) {
      node = open.pop()!;
      visitor.leave(node as Element);
    }
    node = node.nextSibling;
  }
}
