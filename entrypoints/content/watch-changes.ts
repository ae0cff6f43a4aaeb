// Pages change under us: SPAs swap the article, infinite scroll appends to it, frameworks
// re-render it. Any change to the body schedules one re-annotation, debounced.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const SETTLE_MS = 600;

export function watchArticleChanges(ctx: ContentScriptContext, doc: Document, onChange: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, SETTLE_MS);
  };
  // Our card's host lives after <body>, so every change seen here is the page's.
  const observer = new MutationObserver(schedule);
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
}
