// Pages change under us: SPAs swap the article, infinite scroll appends to it, frameworks
// re-render it. Any change schedules one re-annotation, debounced. An observer of the body does
// not see into shadow trees, where web components render their articles, so every open shadow
// root in the body is observed too: those there at the start, and those found again at each
// settle, just before the re-annotation (a new one comes with a change already seen: its host
// added, or its host's root re-rendered). A custom element whose definition loads later gets its
// shadow root with no change an observer sees, so elements still undefined are looked at again
// every half second (only they, for up to half a minute) until they are defined.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const SETTLE_MS = 600;
const CHANGES: MutationObserverInit = { childList: true, subtree: true, characterData: true };
const UPGRADE_CHECK_MS = 500;
const UPGRADE_WAIT_MS = 30_000;

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
  // Custom elements not defined yet, and when the wait for them ends.
  const undefinedHosts = new Set<Element>();
  let upgradeCheck: ReturnType<typeof setInterval> | undefined;
  const waitUntil = Date.now() + UPGRADE_WAIT_MS;
  const checkUpgrades = () => {
    for (const host of undefinedHosts) {
      if (!host.matches(':defined')) continue;
      undefinedHosts.delete(host);
      if (host.shadowRoot) schedule();
    }
    if (undefinedHosts.size > 0 && Date.now() < waitUntil) return;
    clearInterval(upgradeCheck);
    upgradeCheck = undefined;
  };
  // Our card's host lives after <body> (its shadow root closed), so every change seen here is the page's.
  const observeAll = () => {
    const roots = [doc.body, ...openShadowRoots(doc.body)];
    roots.forEach(observe);
    if (Date.now() > waitUntil) return;
    for (const root of roots) root.querySelectorAll(':not(:defined)').forEach((el) => undefinedHosts.add(el));
    if (undefinedHosts.size > 0) upgradeCheck ??= setInterval(checkUpgrades, UPGRADE_CHECK_MS);
  };
  const settle = () => {
    observeAll(); // before the annotation reads the page, so no later change goes unseen
    onChange();
  };
  observeAll();
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
    clearInterval(upgradeCheck);
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
