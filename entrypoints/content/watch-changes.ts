// Pages change under us: SPAs swap the article, infinite scroll appends to it, frameworks
// re-render it. Any change that is not our own UI schedules one re-annotation, debounced.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CARD_HOST_TAG } from './card-host';

const SETTLE_MS = 600;

export function watchArticleChanges(ctx: ContentScriptContext, doc: Document, onChange: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, SETTLE_MS);
  };
  const observer = new MutationObserver((records) => {
    if (records.some((r) => !isOurs(r))) schedule();
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
}

/** Adding or removing the card's host is our own doing (what happens inside its shadow root is not observed). */
function isOurs(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n.nodeName.toLowerCase() === CARD_HOST_TAG);
}
