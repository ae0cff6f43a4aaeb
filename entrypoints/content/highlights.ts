// Paints quotes and officials with the CSS Custom Highlight API: the page's DOM is never touched.
// Each name below is styled by a ::highlight() rule in highlights.css, which the manifest injects
// into the page's document (a stylesheet in our shadow root would not reach the page's text).
// A ::highlight() rule cannot see the page's background, so each kind of highlight has a name per
// palette: the light one on light pages, the dark one (suffix "-dark") on dark pages.
import type { Palette } from './page-palette';

export const HIGHLIGHT = {
  quote: 'sourcelight-quote',
  noted: 'sourcelight-noted',
  official: 'sourcelight-official',
  flash: 'sourcelight-flash',
  /** The quote the keyboard is on, or whose card is open. */
  focus: 'sourcelight-focus',
} as const;

type HighlightKind = (typeof HIGHLIGHT)[keyof typeof HIGHLIGHT];

/** The registry name of a kind of highlight in a palette. */
export function highlightName(kind: HighlightKind, palette: Palette): string {
  return palette === 'light' ? kind : `${kind}-dark`;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

// The page shares the highlight registry: it can clear it, delete our entries or put its own
// under our names. What we painted is kept here, so it can be put back.
const painted = new Map<HighlightKind, Highlight>();
let palette: Palette = 'light';

/** Replaces the ranges of one highlight; an empty list removes it. */
export function paint(kind: HighlightKind, ranges: readonly Range[]): void {
  if (!highlightsSupported()) return;
  if (ranges.length === 0) {
    painted.delete(kind);
    CSS.highlights.delete(highlightName(kind, palette));
  } else {
    const highlight = new Highlight(...ranges);
    painted.set(kind, highlight);
    CSS.highlights.set(highlightName(kind, palette), highlight);
  }
}

/** Moves every highlight to the names of `next`, so the page's background picks their colours. */
export function usePalette(next: Palette): void {
  if (next === palette || !highlightsSupported()) return;
  for (const [kind, highlight] of painted) {
    CSS.highlights.delete(highlightName(kind, palette));
    CSS.highlights.set(highlightName(kind, next), highlight);
  }
  palette = next;
}

export function clearAll(): void {
  if (!highlightsSupported()) return;
  painted.clear();
  for (const kind of Object.values(HIGHLIGHT)) CSS.highlights.delete(highlightName(kind, palette));
}

/** Puts back what the page removed or replaced; cheap enough to run on every click, scroll or change. */
export function restoreHighlights(): void {
  for (const [kind, highlight] of painted) {
    const name = highlightName(kind, palette);
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
