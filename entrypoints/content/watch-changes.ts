// Pages change under us: SPAs swap the article, infinite scroll appends to it, frameworks
// re-render it. Any change schedules one re-annotation, debounced. An observer of the body does
// not see into shadow trees, where web components render their articles, so every open shadow
// root in the body is observed too: those there at the start, and those found again at each
// settle, just before the re-annotation (a new one comes with a change already seen: its host
// added, or its host's root re-rendered). A custom element whose definition loads later gets its
// shadow root with no change an observer sees, so elements still undefined are looked at again
// every half second (only they, for up to half a minute) until they are defined. The scan for
// both runs in time slices, as the annotation does: on a huge page it is itself a long task.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Steps } from '@/engine/steps';
import { runSliced } from './run-sliced';

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
  const observeAll = async () => {
    const found = await runSliced(scanShadowTreesSteps(doc.body));
    if (ctx.isInvalid) return;
    found.roots.forEach(observe);
    if (Date.now() > waitUntil) return;
    for (const el of found.customElements) if (!el.matches(':defined')) undefinedHosts.add(el);
    if (undefinedHosts.size > 0) upgradeCheck ??= setInterval(checkUpgrades, UPGRADE_CHECK_MS);
  };
  // One scan at a time; the annotation waits for its scan, so no later change goes unseen.
  let scans = Promise.resolve();
  const settle = () => {
    scans = scans
      .then(observeAll)
      .catch((err) => console.warn('[Sourcelight] shadow roots not scanned:', err))
      .then(() => {
        if (!ctx.isInvalid) onChange();
      });
  };
  observe(doc.body);
  scans = observeAll().catch((err) => console.warn('[Sourcelight] shadow roots not scanned:', err));
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
    clearInterval(upgradeCheck);
  });
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
}

export interface ShadowTrees {
  /** Every open shadow root, nested ones included; closed ones stay closed. */
  roots: ShadowRoot[];
  /** Elements named as custom elements are (with a hyphen): one not defined yet may get a shadow root with its definition. */
  customElements: Element[];
}

const ELEMENTS_PER_STEP = 500;

/** The open shadow roots and the custom elements in `root` and its subtree, yielding every few hundred elements. */
export function* scanShadowTreesSteps(root: Element): Steps<ShadowTrees> {
  const found: ShadowTrees = { roots: [], customElements: [] };
  const visit = (el: Element) => {
    if (el.shadowRoot) found.roots.push(el.shadowRoot);
    if (el.localName.includes('-')) found.customElements.push(el);
  };
  visit(root);
  // root's subtree, then each shadow root in the order found (nested ones come after their host's):
  // a subtree's elements are listed at once (a snapshot, kept in the browser), looked at a few hundred at a time
  for (let s = -1; s < found.roots.length; s++) {
    const elements = (s < 0 ? root : found.roots[s]).querySelectorAll('*');
    for (let i = 0; i < elements.length; i++) {
      visit(elements[i]);
      if (i % ELEMENTS_PER_STEP === ELEMENTS_PER_STEP - 1) yield;
    }
  }
  return found;
}
