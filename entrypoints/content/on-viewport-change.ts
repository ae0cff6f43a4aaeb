// Calls back when the page scrolls (the document or any box in it) or the window is resized, so
// what we place over a quote can follow the quote. Browsers send scroll events once per frame at
// most, in step with rendering, so the callback runs there directly.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function onViewportChange(ctx: ContentScriptContext, callback: () => void): void {
  ctx.addEventListener(window, 'scroll', callback, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', callback, { passive: true });
}
