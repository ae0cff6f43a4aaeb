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

/** The children of a node, handed out one at a time. */
interface Children {
  next(): Node | null;
}

/**
 * What a node shows as its children: its open shadow tree, a slot's assigned nodes, or its own
 * children. Read one at a time as the walk reaches them: copying a container of tens of thousands of
 * paragraphs into an array at once is itself a long task.
 */
function renderedChildren(node: Node): Children {
  if (node.nodeType === ELEMENT) {
    const el = node as Element;
    if (el.shadowRoot) return childrenOf(el.shadowRoot);
    if (el.localName === 'slot' && typeof (el as HTMLSlotElement).assignedNodes === 'function') {
      const assigned = (el as HTMLSlotElement).assignedNodes();
      if (assigned.length) return inOrder(assigned); // else the slot shows its own fallback content
    }
  }
  return childrenOf(node);
}

/**
 * `parent`'s children by their next siblings, as they stand when each is reached, and no more of
 * them than it had when entered: a page moving nodes between steps cannot keep the walk going.
 */
function childrenOf(parent: Node): Children {
  let next = parent.firstChild;
  let left = parent.childNodes.length;
  return {
    next() {
      if (next === null || left-- === 0) return null;
      const node = next;
      next = node.nextSibling;
      return node;
    },
  };
}

function inOrder(nodes: readonly Node[]): Children {
  let i = 0;
  return { next: () => nodes[i++] ?? null };
}

/**
 * Visits the rendered descendants of `root` (not `root` itself) in order. The walk keeps its own
 * stack of open elements, so enter and leave stay paired even if the page moves nodes between steps.
 */
export function* walkSteps(root: Node, visitor: WalkVisitor): Steps<void> {
  const open: { el: Element | null; children: Children }[] = [{ el: null, children: renderedChildren(root) }];
  let visited = 0;
  while (open.length) {
    const top = open[open.length - 1];
    const node = top.children.next();
    if (node === null) {
      open.pop();
      if (top.el) visitor.leave(top.el);
      continue;
    }
    if (++visited === NODES_PER_STEP) {
      visited = 0;
      yield;
    }
    if (node.nodeType === TEXT) visitor.text(node as Text);
    else if (node.nodeType === ELEMENT && visitor.enter(node as Element)) {
      open.push({ el: node as Element, children: renderedChildren(node) });
    }
  }
}
