// Paints quotes and officials with the CSS Custom Highlight API: the page's DOM is never touched.
// Each name below is styled by a ::highlight() rule in highlights.css, which the manifest injects
// into the page's document (a stylesheet in our shadow root would not reach the page's text).

export const HIGHLIGHT = {
  quote: 'sourcelight-quote',
  noted: 'sourcelight-noted',
  official: 'sourcelight-official',
  flash: 'sourcelight-flash',
} as const;

type HighlightName = (typeof HIGHLIGHT)[keyof typeof HIGHLIGHT];

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Replaces the ranges of one highlight; an empty list removes it. */
export function paint(name: HighlightName, ranges: readonly Range[]): void {
  if (!highlightsSupported()) return;
  if (ranges.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...ranges));
}

export function clearAll(): void {
  if (!highlightsSupported()) return;
  for (const name of Object.values(HIGHLIGHT)) CSS.highlights.delete(name);
}

/** Briefly emphasises one range, e.g. after the popup scrolled to it. */
export function flash(range: Range, ms = 1600): void {
  paint(HIGHLIGHT.flash, [range]);
  setTimeout(() => {
    const current = CSS.highlights?.get(HIGHLIGHT.flash);
    if (current?.has(range)) CSS.highlights.delete(HIGHLIGHT.flash);
  }, ms);
}
