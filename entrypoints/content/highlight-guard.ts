// A page may clear CSS.highlights, delete our entries or register its own under our names. The
// check that puts ours back is a few map lookups, so it runs on every click and scroll, and once
// a second for a page that does it while the reader only reads.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { restoreHighlights } from './highlights';

const CHECK_EVERY_MS = 1000;

export function guardHighlights(ctx: ContentScriptContext): void {
  ctx.addEventListener(window, 'click', restoreHighlights, { capture: true });
  ctx.addEventListener(window, 'scroll', restoreHighlights, { capture: true, passive: true });
  ctx.setInterval(restoreHighlights, CHECK_EVERY_MS);
}
