// Finding each note's quote again among a changed page's quotes. Pure string work, no DOM: the
// content script flattens the page to text and hands over the engine's quotes in it.
// Scoring follows the Hypothesis client (src/annotator/anchoring/match-quote.ts), with stricter
// rules, since a note on the wrong quote is worse than a detached one: the speaker must agree,
// the words around the quote in its own paragraph must agree, and one quote holds one note.
import approxSearch from 'approx-string-match';
import { BLOCK_SEPARATOR } from '../utils/article-text';
import type { QuoteSelector } from './types';

/** How much context is recorded on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/** Below this a quote's words differ too much to be the same quote edited. */
const MIN_QUOTE_SIMILARITY = 0.65;
/** Below this the words around it in its paragraph differ too much: another occurrence, or another passage. */
const MIN_CONTEXT_SIMILARITY = 0.7;
/** When the page no longer names the speaker (or only now does), the context must be all but unchanged. */
const MIN_CONTEXT_WITHOUT_SPEAKER = 0.9;

// The quote itself matters most, then the words around it in its paragraph; the neighbouring
// paragraphs and the old position only break ties (paragraphs get inserted, moved and removed).
const WEIGHTS = { quote: 50, ownContext: 30, outerContext: 10, position: 2 } as const;

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

/** A quote on the page now: its range in the page's text and its speaker as the engine gives it. */
export interface QuoteSpot {
  start: number;
  end: number;
  speaker: string | null;
}

/** What a note keeps of its quote. */
export interface NoteSpot {
  selector: Pick<QuoteSelector, 'exact' | 'prefix' | 'suffix' | 'start'>;
  speaker: string | null;
}

/** Levenshtein distance; only for short strings (context), cost is a.length × b.length. */
function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

/** 1 for the same text, towards 0 as the edit distance grows relative to the longer one. */
function closeness(actual: string, expected: string): number {
  const longer = Math.max(actual.length, expected.length);
  return longer === 0 ? 1 : 1 - editDistance(actual, expected) / longer;
}

/**
 * How alike a quote on the page is to the stored one: 1 identical, 0 unrelated. Long quotes use
 * the bit-parallel search (the best match of the stored quote inside the candidate, plus the
 * candidate's unmatched rest), so a page of long quotes stays cheap.
 */
function quoteSimilarity(actual: string, expected: string): number {
  if (actual === expected) return 1;
  const longer = Math.max(actual.length, expected.length);
  const budget = Math.floor((1 - MIN_QUOTE_SIMILARITY) * longer);
  if (Math.abs(actual.length - expected.length) > budget) return 0;
  let distance = Infinity;
  for (const m of approxSearch(actual, expected, budget)) {
    distance = Math.min(distance, m.errors + actual.length - (m.end - m.start));
  }
  return distance === Infinity ? 0 : Math.max(0, 1 - distance / longer);
}

/** The part of a prefix inside the quote's own block (after the last block break). */
function ownPrefix(prefix: string): string {
  const cut = prefix.lastIndexOf(BLOCK_SEPARATOR);
  return cut === -1 ? prefix : prefix.slice(cut + BLOCK_SEPARATOR.length);
}

/** The part of a suffix inside the quote's own block (before the first block break). */
function ownSuffix(suffix: string): string {
  const cut = suffix.indexOf(BLOCK_SEPARATOR);
  return cut === -1 ? suffix : suffix.slice(0, cut);
}

/** How alike two contexts are, prefix and suffix together, weighted by their length. */
function contextSimilarity(prefix: string, suffix: string, wantPrefix: string, wantSuffix: string): number {
  const length = Math.max(prefix.length, wantPrefix.length) + Math.max(suffix.length, wantSuffix.length);
  if (length === 0) return 1;
  return 1 - (editDistance(prefix, wantPrefix) + editDistance(suffix, wantSuffix)) / length;
}

/**
 * Whether two speakers are one: "Ana Reyes" and "Reyes" are, "Reyes" and "Berger" are not.
 * 'unknown' when one side names no one: the page may have lost or gained the attribution.
 */
function sameSpeaker(a: string | null, b: string | null): boolean | 'unknown' {
  if (a === null && b === null) return true;
  if (a === null || b === null) return 'unknown';
  const words = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const [x, y] = [words(a), words(b)];
  if (x.join(' ') === y.join(' ')) return true;
  return x.length > 0 && y.length > 0 && x.at(-1) === y.at(-1);
}

/** How well `quote` fits `note`, or null when it must not hold it. */
function fit(text: string, quote: QuoteSpot, note: NoteSpot): number | null {
  const { exact, prefix, suffix, start } = note.selector;
  const speaker = sameSpeaker(note.speaker, quote.speaker);
  if (speaker === false) return null;
  const quoteScore = quoteSimilarity(text.slice(quote.start, quote.end), exact);
  if (quoteScore < MIN_QUOTE_SIMILARITY) return null;

  const actualPrefix = text.slice(Math.max(0, quote.start - CONTEXT_LENGTH), quote.start);
  const actualSuffix = text.slice(quote.end, quote.end + CONTEXT_LENGTH);
  const own = contextSimilarity(ownPrefix(actualPrefix), ownSuffix(actualSuffix), ownPrefix(prefix), ownSuffix(suffix));
  if (own < MIN_CONTEXT_SIMILARITY) return null;
  // Without a speaker to compare, only the same words in the same sentence will do.
  if (speaker === 'unknown' && (quoteScore < 1 || own < MIN_CONTEXT_WITHOUT_SPEAKER)) return null;
  const outer = (closeness(actualPrefix, prefix) + closeness(actualSuffix, suffix)) / 2;
  const position = Math.max(0, 1 - Math.abs(quote.start - start) / Math.max(text.length, 1));
  return WEIGHTS.quote * quoteScore + WEIGHTS.ownContext * own + WEIGHTS.outerContext * outer + WEIGHTS.position * position;
}

/**
 * Where each note belongs among the page's quotes now: the index into `quotes`, or null when no
 * quote is the note's own (the note is then kept, detached). A quote holds at most one note; the
 * best-fitting pairs are settled first, so of two notes on a repeated quote each keeps its own
 * occurrence.
 */
export function placeNotes(text: string, quotes: readonly QuoteSpot[], notes: readonly NoteSpot[]): (number | null)[] {
  const pairs: { note: number; quote: number; score: number }[] = [];
  notes.forEach((note, n) => {
    quotes.forEach((quote, q) => {
      const score = fit(text, quote, note);
      if (score !== null) pairs.push({ note: n, quote: q, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score);
  const placed: (number | null)[] = notes.map(() => null);
  const taken = new Set<number>();
  for (const { note, quote } of pairs) {
    if (placed[note] !== null || taken.has(quote)) continue;
    placed[note] = quote;
    taken.add(quote);
  }
  return placed;
}
