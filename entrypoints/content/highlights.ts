// Paints quotes and officials with the CSS Custom Highlight API: the page's DOM is never touched.
// Each name below is styled by a ::highlight() rule in highlights.css, which the manifest injects
// into the page's document (a stylesheet in our shadow root would not reach the page's text).

export const HIGHLIGHT = {
  quote: 'sourcelight-quote',
  noted: 'sourcelight-noted',
  official: 'sourcelight-official',
  flash: 'sourcelight-flash',
  /** The quote the keyboard is on, or whose card is open. */
  focus: 'sourcelight-focus',
} as const;

type HighlightName = (typeof HIGHLIGHT)[keyof typeof HIGHLIGHT];

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

// The page shares the highlight registry: it can clear it, delete our entries or put its own
// under our names. What we painted is kept here, so it can be put back.
const painted = new Map<HighlightName, Highlight>();

/** Replaces the ranges of one highlight; an empty list removes it. */
export function paint(name: HighlightName, ranges: readonly Range[]): void {
  if (!highlightsSupported()) return;
  if (ranges.length === 0) {
    painted.delete(name);
    CSS.highlights.delete(name);
  } else {
    const highlight = new Highlight(...ranges);
    painted.set(name, highlight);
    CSS.highlights.set(name, highlight);
  }
}

export function clearAll(): void {
  if (!highlightsSupported()) return;
  painted.clear();
  for (const name of Object.values(HIGHLIGHT)) CSS.highlights.delete(name);
}

/** Puts back what the page removed or replaced; cheap enough to run on every click, scroll or change. */
export function restoreHighlights(): void {
  for (const [name, highlight] of painted) {
    if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
  }
}

/** Briefly emphasises one range, e.g. after the popup scrolled to it. */
export function flash(range: Range, ms = 1600): void {
  paint(HIGHLIGHT.flash, [range]);
  setTimeout(() => {
    if (painted.get(HIGHLIGHT.flash)?.has(range)) paint(HIGHLIGHT.flash, []);
  }, ms);
}
