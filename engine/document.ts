// Per-block analysis shared by all later stages: clean text, tokens, quoted spans, names.
import { creditStart } from './captions';
import { findNames, type NameMatch, type Vocabulary } from './names';
import { cleanText, type CleanText } from './normalize';
import { scanQuotes, type QuotedSpan } from './quoteMarks';
import { tokenize, type Token } from './tokens';
import type { Block } from './types';

export interface BlockInfo {
  index: number;
  kind: Block['kind'];
  original: string;
  clean: CleanText;
  text: string;
  tokens: Token[];
  quotes: QuotedSpan[];
  names: NameMatch[];
  /** Names by their first and by their last token index. */
  nameStarts: Map<number, NameMatch>;
  nameEnds: Map<number, NameMatch>;
  /** Clean offset where an image credit begins (text.length when there is none). */
  creditAt: number;
  /** A photo caption: never an antecedent, never a continuation link. */
  isCaption: boolean;
}

/** Hard cap on analysed text per block so that pathological input stays cheap. */
export const MAX_BLOCK_CHARS = 20_000;

export function prepare(blocks: Block[]): BlockInfo[] {
  const pre = blocks.map((b, index) => {
    const original = typeof b?.text === 'string' ? b.text : '';
    const clean = cleanText(original.length > MAX_BLOCK_CHARS ? original.slice(0, MAX_BLOCK_CHARS) : original);
    return { index, kind: b?.kind ?? 'paragraph', original, clean, text: clean.text, tokens: tokenize(clean.text) };
  });
  const vocabulary = lowercaseVocabulary(pre.map((p) => p.tokens));
  return pre.map((p) => {
    const credit = creditStart(p.text);
    const creditAt = credit < 0 ? p.text.length : credit;
    const names = findNames(p.text, p.tokens, vocabulary).filter((n) => n.start < creditAt);
    const nameStarts = new Map(names.map((n) => [n.firstToken, n]));
    const nameEnds = new Map(names.map((n) => [n.lastToken, n]));
    return { ...p, quotes: scanQuotes(p.text), names, nameStarts, nameEnds, creditAt, isCaption: p.kind === 'caption' || credit >= 0 };
  });
}

function lowercaseVocabulary(blocks: Token[][]): Vocabulary {
  const words = new Set<string>();
  for (const tokens of blocks) for (const t of tokens) if (/^\p{Ll}/u.test(t.text)) words.add(t.text);
  return words;
}

/** Index of the quoted span of `b` that contains clean offset `pos`, or -1. */
export function quoteAt(b: BlockInfo, pos: number): number {
  let lo = 0;
  let hi = b.quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = b.quotes[mid];
    if (pos < q.start - 1) hi = mid - 1;
    else if (pos > q.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
