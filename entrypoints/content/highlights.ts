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

// After the registry changes, the browser's next frame visits every range registered (about 5 µs a
// range in Chromium 156, measured: 12,000 ranges made a 170 ms frame). A highlight with more ranges
// than this holds only those within a few screens of the viewport, and follows the scrolling.
const WINDOW_FROM = 1500;
/** How far past the viewport's edges, in viewport heights, the ranges of a windowed highlight reach. */
const WINDOW_MARGIN = 2;
/** The ranges each highlight was last painted with, in document order (a Highlight is not iterable through Firefox's Xrays). */
const wanted = new Map<HighlightKind, readonly Range[]>();
/** The part [first, end) of its ranges each windowed highlight holds. */
const windowed = new Map<HighlightKind, { first: number; end: number }>();

/** Replaces the ranges of one highlight (in document order); an empty list removes it. */
export function paint(kind: HighlightKind, ranges: readonly Range[]): void {
  if (!highlightsSupported()) return;
  if (sameRanges(wanted.get(kind) ?? [], ranges)) return; // an identical repaint would still cost the browser a frame
  windowed.delete(kind);
  if (ranges.length === 0) {
    wanted.delete(kind);
    painted.delete(kind);
    CSS.highlights.delete(highlightName(kind, palette));
    return;
  }
  wanted.set(kind, ranges);
  let shown = ranges;
  if (ranges.length > WINDOW_FROM) {
    const [first, end] = nearViewport(ranges);
    windowed.set(kind, { first, end });
    shown = ranges.slice(first, end);
  }
  const highlight = new Highlight(...shown);
  painted.set(kind, highlight);
  CSS.highlights.set(highlightName(kind, palette), highlight);
}

const sameRanges = (a: readonly Range[], b: readonly Range[]) => a.length === b.length && a.every((r, i) => r === b[i]);

/** Moves each windowed highlight's ranges along with the viewport; nothing to do on an ordinary page. */
export function followViewport(): void {
  for (const [kind, w] of windowed) {
    const ranges = wanted.get(kind)!;
    const [first, end] = nearViewport(ranges);
    if (first === w.first && end === w.end) continue;
    const highlight = painted.get(kind)!;
    highlight.clear();
    for (let i = first; i < end; i++) highlight.add(ranges[i]);
    w.first = first;
    w.end = end;
  }
}

/** [first, end) of the ranges within WINDOW_MARGIN viewport heights of the viewport: a binary search, ranges being in document order. */
function nearViewport(ranges: readonly Range[]): [number, number] {
  const margin = WINDOW_MARGIN * window.innerHeight;
  const top = -margin;
  const bottom = window.innerHeight + margin;
  const first = firstIndex(ranges.length, (i) => ranges[i].getBoundingClientRect().bottom >= top);
  const end = firstIndex(ranges.length, (i) => ranges[i].getBoundingClientRect().top > bottom, first);
  return [first, end];
}

/** The first index in [from, length) where `past` holds, `past` being false and then true along it. */
function firstIndex(length: number, past: (i: number) => boolean, from = 0): number {
  let lo = from;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
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
  wanted.clear();
  windowed.clear();
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
