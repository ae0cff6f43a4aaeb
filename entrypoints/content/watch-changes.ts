// Pages change under us: SPAs swap the article, infinite scroll appends to it, frameworks
// re-render it. Any change schedules one re-annotation, debounced. An observer of the body does
// not see into shadow trees, where web components render their articles, so every open shadow
// root in the body is observed too: those there at the start, and those found again at each
// settle, just before the re-annotation (a new one comes with a change already seen: its host
// added, or its host's root re-rendered).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const SETTLE_MS = 600;
const CHANGES: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export function watchArticleChanges(ctx: ContentScriptContext, doc: Document, onChange: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(settle, SETTLE_MS);
  };
  const observer = new MutationObserver(schedule);
  const observed = new WeakSet<Node>();
  const observe = (root: Node) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, CHANGES);
  };
  // Our card's host lives after <body> (its shadow root closed), so every change seen here is the page's.
  const observeAll = () => [doc.body, ...openShadowRoots(doc.body)].forEach(observe);
  const settle = () => {
    observeAll(); // before the annotation reads the page, so no later change goes unseen
    onChange();
  };
  observeAll();
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
}

/** Every open shadow root in `root` and its subtree, nested ones included; closed ones stay closed. */
export function openShadowRoots(root: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (el: Element) => {
    if (el.shadowRoot) roots.push(el.shadowRoot);
  };
  visit(root);
  root.querySelectorAll('*').forEach(visit);
  for (let i = 0; i < roots.length; i++) roots[i].querySelectorAll('*').forEach(visit);
  return roots;
}
