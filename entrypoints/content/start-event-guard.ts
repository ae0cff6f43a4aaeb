// WXT stops a content script when a newer copy of it announces itself with an event on the
// document. The event's name comes from the extension id, which is public, so a page can dispatch
// it too and switch Sourcelight off. Outside development, a newer copy only starts after this
// copy's extension was reloaded or updated, when this copy's runtime is gone: while it is alive,
// the announcement is the page's, and it is stopped on window (capture) before WXT's listener on
// the document sees it.
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

export function ignoreStartEventsFromPage(ctx: ContentScriptContext): void {
  if (import.meta.env.COMMAND === 'serve') return; // dev reloads inject a newer copy beside a live one
  const fromPage = (e: Event) => {
    if (browser.runtime?.id) e.stopImmediatePropagation();
  };
  // Private in WXT's types, but the very name its listener waits for.
  const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  ctx.addEventListener(window, name, fromPage, { capture: true });
}
