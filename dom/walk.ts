// Iterative walk of the rendered (flat) tree: no recursion, so deeply nested pages cannot overflow
// the stack. An element with an open shadow root (a web component) is walked through its shadow
// tree, where the content it shows is, and a <slot> through the page's nodes it shows. Closed shadow
// roots stay closed. A generator that yields every few hundred nodes, so that callers can spread a
// big page over several tasks.
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

/** What a node shows as its children: its open shadow tree, a slot's assigned nodes, or its own children. */
function renderedChildren(node: Node): Node[] {
  if (node.nodeType === ELEMENT) {
    const el = node as Element;
    if (el.shadowRoot) return Array.from(el.shadowRoot.childNodes);
    if (el.localName === 'slot' && typeof (el as HTMLSlotElement).assignedNodes === 'function') {
      const assigned = (el as HTMLSlotElement).assignedNodes();
      if (assigned.length) return assigned; // else the slot shows its own fallback content
    }
  }
  return Array.from(node.childNodes);
}

/**
 * Visits the rendered descendants of `root` (not `root` itself) in order. Each element's children
 * are read when it is entered and the walk keeps its own stack of open elements, so enter and leave
 * stay paired even if the page moves nodes between steps.
 */
export function* walkSteps(root: Node, visitor: WalkVisitor): Steps<void> {
  const open: { el: Element | null; children: Node[]; next: number }[] = [{ el: null, children: renderedChildren(root), next: 0 }];
  let visited = 0;
  while (open.length) {
    const top = open[open.length - 1];
    if (top.next === top.children.length) {
      open.pop();
      if (top.el) visitor.leave(top.el);
      continue;
    }
    const node = top.children[top.next++];
    if (++visited === NODES_PER_STEP) {
      visited = 0;
      yield;
    }
    if (node.nodeType === TEXT) visitor.text(node as Text);
    else if (node.nodeType === ELEMENT && visitor.enter(node as Element)) {
      open.push({ el: node as Element, children: renderedChildren(node), next: 0 });
    }
  }
}
