// Per-block analysis shared by all later stages: clean text, tokens, quoted spans, names.
import { creditStart } from './captions';
import { addMidSentencePairs, findNames, type NameMatch, type Vocabulary } from './names';
import { cleanText, type CleanText } from './normalize';
import { scanQuotes, type QuotedSpan } from './quoteMarks';
import { StepMeter, type Steps } from './steps';
import { startsLowercase, tokenize, type Token } from './tokens';
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
  nameStarts: ReadonlyMap<number, NameMatch>;
  nameEnds: ReadonlyMap<number, NameMatch>;
  /** Clean offset where an image credit begins (text.length when there is none). */
  creditAt: number;
  /** A photo caption: never an antecedent, never a continuation link. */
  isCaption: boolean;
  /** A byline ("By Lena Okafor"): its names are the authors, never officials, never antecedents. */
  isByline: boolean;
}

/** Hard cap on analysed text per block so that pathological input stays cheap. */
export const MAX_BLOCK_CHARS = 20_000;
/** Work between two yields, in characters of block text; each block also costs a fixed amount. */
const STEP_CHARS = 500;
const BLOCK_COST = 40;
/** Shared by the many blocks without names (a Map per block is costly on pages of tiny blocks). */
const NO_NAMES: ReadonlyMap<number, NameMatch> = new Map();

type Cleaned = Pick<BlockInfo, 'index' | 'kind' | 'original' | 'clean' | 'text' | 'tokens'>;

/** Per-block analysis, yielding every few blocks. Two passes: names need the whole article's vocabulary. */
export function* prepareSteps(blocks: Block[]): Steps<BlockInfo[]> {
  const meter = new StepMeter(STEP_CHARS);
  const vocabulary: Vocabulary = new Set();
  const midSentencePairs = new Set<string>();
  const cleaned: Cleaned[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const b = blocks[index];
    const original = typeof b?.text === 'string' ? b.text : '';
    const clean = cleanText(original.length > MAX_BLOCK_CHARS ? original.slice(0, MAX_BLOCK_CHARS) : original);
    const tokens = tokenize(clean.text);
    addLowercaseWords(vocabulary, tokens);
    addMidSentencePairs(midSentencePairs, clean.text, tokens);
    cleaned.push({ index, kind: b?.kind ?? 'paragraph', original, clean, text: clean.text, tokens });
    if (meter.spend(clean.text.length + BLOCK_COST)) yield;
  }
  const infos: BlockInfo[] = [];
  for (const c of cleaned) {
    infos.push(withNamesAndQuotes(c, vocabulary, midSentencePairs));
    if (meter.spend(c.text.length + BLOCK_COST)) yield;
  }
  yield* surnamesArePeopleSteps(infos, meter);
  return infos;
}

/**
 * "Linda Park, the city manager, … “…,” Park said": a lone word that is the surname of a person the
 * article names in full is that person, whatever else the word can be (a park, a place, a month).
 */
function* surnamesArePeopleSteps(infos: BlockInfo[], meter: StepMeter): Steps<void> {
  const surnames = new Set<string>();
  for (const b of infos) {
    for (const n of b.names) if (n.kind === 'person' && n.name.includes(' ')) surnames.add(n.name.slice(n.name.lastIndexOf(' ') + 1));
    if (meter.spend(b.names.length + 1)) yield;
  }
  if (!surnames.size) return;
  for (const b of infos) {
    for (const n of b.names) if (n.kind === 'place' && n.title === null && surnames.has(n.name)) n.kind = 'person';
    if (meter.spend(b.names.length + 1)) yield;
  }
}

function withNamesAndQuotes(c: Cleaned, vocabulary: Vocabulary, midSentencePairs: Set<string>): BlockInfo {
  const credit = creditStart(c.text, c.kind === 'caption');
  const creditAt = credit < 0 ? c.text.length : credit;
  const names = findNames(c.text, c.tokens, vocabulary, midSentencePairs).filter((n) => n.start < creditAt);
  const quotes = scanQuotes(c.text);
  return {
    index: c.index,
    kind: c.kind,
    original: c.original,
    clean: c.clean,
    text: c.text,
    tokens: c.tokens,
    quotes,
    names,
    nameStarts: names.length ? new Map(names.map((n) => [n.firstToken, n])) : NO_NAMES,
    nameEnds: names.length ? new Map(names.map((n) => [n.lastToken, n])) : NO_NAMES,
    creditAt,
    isCaption: c.kind === 'caption' || credit >= 0,
    isByline: isByline(c.tokens, names, quotes),
  };
}

/** Tokens a byline may run to ("By Stefan Becket, Kathryn Watson, Grace Segers", a date, a desk). */
const MAX_BYLINE_TOKENS = 30;

/** "By Lena Okafor", "Analysis by Chris Cillizza, CNN": a short unquoted block whose first or second word is "by" followed by a person's name. */
function isByline(tokens: Token[], names: NameMatch[], quotes: QuotedSpan[]): boolean {
  if (tokens.length > MAX_BYLINE_TOKENS || quotes.length) return false;
  const by = tokens.findIndex((t, i) => i < 2 && /^by$/i.test(t.text));
  return by >= 0 && names.some((n) => n.firstToken === by + 1 && n.kind === 'person');
}

/** Words the article writes in lowercase. */
function addLowercaseWords(words: Vocabulary, tokens: Token[]): void {
  for (const t of tokens) {
    if (!startsLowercase(t.text)) continue;
    words.add(t.text);
    // "singer-keyboardist" makes "singer" an everyday word too
    if (t.text.includes('-')) for (const part of t.text.split('-')) if (startsLowercase(part)) words.add(part);
  }
}

/**
 * Blocks a look-back may step over (photo captions, the items of a list) before it gives up: without
 * a bound, an article of many captions would make every look-back walk all of them (quadratic).
 */
export const MAX_SKIPPED_BLOCKS = 50;

/**
 * Block `block`, then up to `count` blocks before it, nearest first, photo captions skipped (never
 * an antecedent); the walk ends after MAX_SKIPPED_BLOCKS captions.
 */
export function* blocksBack(blocks: BlockInfo[], block: number, count: number): Generator<BlockInfo> {
  yield blocks[block];
  for (let b = block - 1, seen = 0, skipped = 0; b >= 0 && seen < count; b--) {
    if (!blocks[b].isCaption) {
      seen++;
      yield blocks[b];
    } else if (++skipped > MAX_SKIPPED_BLOCKS) return;
  }
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
