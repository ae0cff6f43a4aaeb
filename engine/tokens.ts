// Word tokens with offsets. Abbreviations and initials keep their period ("Mr.", "M.", "U.S.", "Nov.");
// a period between word characters joins them ("3.5", "example.org").
//
// A hand-written scanner rather than one big Unicode regex: compiling a regex with several
// \p{…} classes costs tens of milliseconds on a page's first run, and every regex match allocates.
// The scanner classifies characters through a per-code-unit cache, so each small property regex
// runs at most once per distinct non-ASCII character.
//
// Equivalent to the regex /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu.

import { PERIOD_ABBREVIATIONS } from './lexicon';

export interface Token {
  text: string;
  start: number;
  end: number;
}

const KNOWN = 1;
const SPACE = 2; // \s
const WORD = 4; // \p{L}, \p{M} or \p{N}
const MARK = 8; // \p{M}
const UPPER = 16; // \p{Lu}
const LOWER = 32; // \p{Ll}

const SPACE_RE = /\s/;
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
const MARK_RE = /\p{M}/u;
const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;

/** Classes of the BMP code units seen so far (0: not classified yet). */
const bmpClasses = new Uint8Array(0x10000);

function classifyCodePoint(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (SPACE_RE.test(ch)) return KNOWN | SPACE;
  if (MARK_RE.test(ch)) return KNOWN | WORD | MARK;
  if (!LETTER_OR_DIGIT_RE.test(ch)) return KNOWN;
  return KNOWN | WORD | (UPPER_RE.test(ch) ? UPPER : 0) | (LOWER_RE.test(ch) ? LOWER : 0);
}

function classOf(cp: number): number {
  if (cp > 0xffff) return classifyCodePoint(cp);
  let c = bmpClasses[cp];
  if (c === 0) c = bmpClasses[cp] = classifyCodePoint(cp);
  return c;
}

/** Width in code units of the code point at `i` (2 for a surrogate pair, as the /u flag reads it). */
const widthAt = (text: string, i: number) => (text.codePointAt(i)! > 0xffff ? 2 : 1);
const classAt = (text: string, i: number) => classOf(text.codePointAt(i)!);

const JOINERS = new Set(["'", '’', '-', '.']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = classAt(text, i);
    if (c & SPACE) {
      i += widthAt(text, i);
      continue;
    }
    const start = i;
    let end = initialismEnd(text, i);
    if (end < 0) end = c & WORD ? wordEnd(text, i) : i + widthAt(text, i);
    const word = text.slice(start, end);
    if (text[end] === '.' && keepsPeriod(word)) end++;
    tokens.push({ text: end === start + word.length ? word : text.slice(start, end), start, end });
    i = end;
  }
  return tokens;
}

/** End of "U.S."-style initials (two or more capital-period pairs) starting at `i`, or -1. */
function initialismEnd(text: string, i: number): number {
  let pairs = 0;
  while (i < text.length && classAt(text, i) & UPPER) {
    const dot = i + widthAt(text, i);
    if (text[dot] !== '.') break;
    pairs++;
    i = dot + 1;
  }
  return pairs >= 2 ? i : -1;
}

/** End of a run of word characters, with inner apostrophes, hyphens and periods ("don’t", "vice-president", "3.5"). */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  for (;;) {
    while (i < n && classAt(text, i) & WORD) i += widthAt(text, i);
    if (i + 1 < n && JOINERS.has(text[i]) && classAt(text, i + 1) & WORD) i++;
    else return i;
  }
}

/** A single capital ("M.") or a known abbreviation ("Mr.", "Gen."). */
function keepsPeriod(word: string): boolean {
  const cp = word.codePointAt(0)!;
  const single = word.length === (cp > 0xffff ? 2 : 1);
  // "D-Calif.", "R-Ohio": a party tag keeps the period of its state
  return single ? (classOf(cp) & UPPER) !== 0 : PERIOD_ABBREVIATIONS.has(word) || PERIOD_ABBREVIATIONS.has(word.slice(word.lastIndexOf('-') + 1));
}

export const isCapitalised = (word: string) => {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90; // ASCII fast path
  return word.length > 0 && (classAt(word, 0) & UPPER) !== 0;
};

/** Whether `word` starts with a lowercase letter (\p{Ll}). */
export const startsLowercase = (word: string) => {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122; // ASCII fast path
  return word.length > 0 && (classAt(word, 0) & LOWER) !== 0;
};

/** Whether `token` is a word (starts with a letter, mark or digit) rather than punctuation. */
export const isWordToken = (token: string) => token.length > 0 && (classAt(token, 0) & WORD) !== 0;

/** Index of the first token starting at or after `pos` (binary search). */
export function firstTokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether the character at `i` ends a sentence: ". ", "! ", "? " (a closing mark may come between),
 * not the period of an abbreviation or an initial ("Nov. 5", "John M. Ford"), and not before a word
 * that goes on in lowercase or a number.
 */
export function isSentenceEnd(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  let j = i + 1;
  while (j < text.length && '”"’\')»'.includes(text[j])) j++;
  if (j < text.length && !/\s/.test(text[j])) return false;
  while (j < text.length && /\s/.test(text[j])) j++;
  if (j < text.length && (startsLowercase(text[j]) || (text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57))) return false;
  if (ch !== '.') return true;
  let w = i;
  while (w > 0 && (classAt(text, w - 1) & WORD) !== 0) w--;
  return !keepsPeriod(text.slice(w, i));
}
