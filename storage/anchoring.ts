// Finding a note's quote again in a page's text, after the page has changed. Pure string
// work, no DOM: the content script flattens the page to text and maps offsets back itself.
// Approach and weights follow the Hypothesis client (src/annotator/anchoring/match-quote.ts).
import approxSearch from 'approx-string-match';
import type { QuoteSelector } from './types';

/** How much context is recorded on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/** Below this normalised score a fuzzy match is more likely a different passage: detach instead. */
const MIN_FUZZY_SCORE = 0.65;

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const MAX_SCORE = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

export interface Anchor {
  /** UTF-16 range in the text that was searched. */
  start: number;
  end: number;
  /** True when the text there is exactly the stored quote. */
  exact: boolean;
}

/** Code points in text[0, offset): W3C positions count code points, JS strings count UTF-16 units. */
export function codePointOffset(text: string, offset: number): number {
  let count = 0;
  for (let i = 0; i < offset; i++) {
    const unit = text.charCodeAt(i);
    const isHighSurrogateOfPair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < offset;
    if (isHighSurrogateOfPair) i++;
    count++;
  }
  return count;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** The selector for text[start, end): quote, 32 chars of context each side, and positions. */
export function describeQuote(text: string, start: number, end: number): QuoteSelector {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= text.length)) {
    throw new RangeError(`describeQuote: invalid range [${start}, ${end}) for text of length ${text.length}`);
  }
  let prefix = text.slice(Math.max(0, start - CONTEXT_LENGTH), start);
  let suffix = text.slice(end, end + CONTEXT_LENGTH);
  // Never keep half an emoji at the outer edge of the context.
  if (prefix && isLowSurrogate(prefix.charCodeAt(0))) prefix = prefix.slice(1);
  if (suffix && isHighSurrogate(suffix.charCodeAt(suffix.length - 1))) suffix = suffix.slice(0, -1);
  const codePointStart = codePointOffset(text, start);
  return {
    exact: text.slice(start, end),
    prefix,
    suffix,
    start,
    end,
    codePointStart,
    codePointEnd: codePointStart + codePointOffset(text.slice(start, end), end - start),
  };
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function exactOccurrences(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/** 1 for identical, towards 0 as the edit distance grows; 1 when there is nothing to compare. */
function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  const [best] = approxSearch(actual, expected, expected.length);
  return best ? 1 - best.errors / expected.length : 0;
}

function score(text: string, selector: Pick<QuoteSelector, 'exact' | 'prefix' | 'suffix' | 'start'>, c: Candidate): number {
  const { prefix, suffix, exact } = selector;
  const quoteScore = 1 - c.errors / exact.length;
  const prefixScore = similarity(text.slice(Math.max(0, c.start - prefix.length), c.start), prefix);
  const suffixScore = similarity(text.slice(c.end, c.end + suffix.length), suffix);
  const positionScore = 1 - Math.abs(c.start - selector.start) / Math.max(text.length, 1);
  return (
    (WEIGHTS.quote * quoteScore +
      WEIGHTS.prefix * prefixScore +
      WEIGHTS.suffix * suffixScore +
      WEIGHTS.position * Math.max(0, positionScore)) /
    MAX_SCORE
  );
}

function best(text: string, selector: Pick<QuoteSelector, 'exact' | 'prefix' | 'suffix' | 'start'>, candidates: Candidate[]) {
  let top: { candidate: Candidate; score: number } | undefined;
  for (const candidate of candidates) {
    const s = score(text, selector, candidate);
    if (!top || s > top.score) top = { candidate, score: s };
  }
  return top;
}

/**
 * Where the selector's quote is in `text` now, or null if it is gone (the note is detached).
 * Exact occurrences win; among several, the one whose context matches and which lies
 * nearest the position hint. Otherwise the best fuzzy match, if it scores high enough.
 */
export function anchorQuote(
  text: string,
  selector: Pick<QuoteSelector, 'exact' | 'prefix' | 'suffix' | 'start'>,
): Anchor | null {
  const quote = selector.exact;
  if (quote.length === 0 || text.length === 0) return null;

  const exact = best(text, selector, exactOccurrences(text, quote));
  if (exact) return { start: exact.candidate.start, end: exact.candidate.end, exact: true };

  // Search cost grows with maxErrors / 32 × text length, hence the cap.
  const maxErrors = Math.min(256, Math.floor(quote.length / 2));
  const fuzzy = best(text, selector, approxSearch(text, quote, maxErrors));
  if (!fuzzy || fuzzy.score < MIN_FUZZY_SCORE) return null;
  return { start: fuzzy.candidate.start, end: fuzzy.candidate.end, exact: false };
}
