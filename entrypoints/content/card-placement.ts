// Where the quote card goes, in viewport coordinates, for a quote's rect: below the quote when the
// card fits there, above it when it fits there instead, otherwise on the roomier side at that
// side's height (the card then scrolls inside). Recomputed on every scroll and resize, so the card
// moves with its quote; it is never pinned to the viewport while the quote has room beside it.

export interface Rect {
  top: number;
  bottom: number;
  left: number;
}

export interface Placement {
  top: number;
  left: number;
  width: number;
  height: number;
}

export const CARD_WIDTH = 340;
/** Kept clear at the viewport's edges. */
const MARGIN = 8;
/** Between the quote and the card. */
const GAP = 10;
/** Below this, a side is too short to hold a card that scrolls; the card then covers the quote instead. */
const MIN_SIDE = 140;
/** How far left of the pointer the card starts. */
const POINTER_INSET = 40;

/**
 * @param quote the quote's bounding rect
 * @param x where along the quote the card is anchored (the click, or the quote's start)
 * @param contentHeight the card's full height, as its frame reports it
 */
export function placeCard(quote: Rect, x: number, contentHeight: number, viewport: { width: number; height: number }): Placement {
  const width = Math.max(0, Math.min(CARD_WIDTH, viewport.width - 2 * MARGIN));
  const left = clamp(x - POINTER_INSET, MARGIN, viewport.width - width - MARGIN);
  const below = viewport.height - quote.bottom - GAP - MARGIN;
  const above = quote.top - GAP - MARGIN;
  if (contentHeight <= below) return { top: quote.bottom + GAP, left, width, height: contentHeight };
  if (contentHeight <= above) return { top: quote.top - GAP - contentHeight, left, width, height: contentHeight };
  if (Math.max(below, above) >= MIN_SIDE) {
    return below >= above
      ? { top: quote.bottom + GAP, left, width, height: below }
      : { top: MARGIN, left, width, height: above };
  }
  // A short window, or a quote taller than the room around it: the card fills what the viewport has.
  const height = Math.max(0, Math.min(contentHeight, viewport.height - 2 * MARGIN));
  return { top: clamp(quote.bottom + GAP, MARGIN, viewport.height - MARGIN - height), left, width, height };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
