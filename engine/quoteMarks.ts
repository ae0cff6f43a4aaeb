// Finds quoted spans in one block of clean text, in a single left-to-right pass.
// Double marks define top-level quotes; single marks count only outside them (nested
// quotes are part of the outer quote). Apostrophes, elisions ('90s, rock 'n' roll) and
// inch marks (6") are told apart from quotation marks by the characters around them.

export interface QuotedSpan {
  /** [start, end) of the text inside the marks. */
  start: number;
  end: number;
  /** Opened with a single mark (‘ ' ‹). */
  single: boolean;
  /** False when the block ended before a closing mark (multi-paragraph quotes, stray marks). */
  closed: boolean;
}

const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ELISION = /^(?:n['’]|em\b|til\b|cause\b|tis\b|twas\b|\d)/i;

const isWordChar = (ch: string | undefined) => ch !== undefined && LETTER_OR_DIGIT.test(ch);
const isOpeningContext = (prev: string | undefined) => prev === undefined || /[\s([{\u2014\u2013\-\/]/.test(prev);

function isSingleOpener(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '‹') return true;
  if (ch !== '‘' && ch !== "'") return false;
  if (!isOpeningContext(text[i - 1]) || !isWordChar(text[i + 1]) && text[i + 1] !== '…') return false;
  return !ELISION.test(text.slice(i + 1, i + 6));
}

function isSingleCloser(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '›') return true;
  if (ch !== '’' && ch !== "'") return false;
  const prev = text[i - 1];
  return prev !== undefined && prev !== ' ' && !isWordChar(text[i + 1]);
}

/** Two single marks standing for a double one ('' or ’’, as typewriter copy and some feeds print it). */
const isDoubledSingle = (text: string, i: number) => (text[i] === "'" || text[i] === '’') && text[i + 1] === text[i];

/** A closing mark printed where an opening one belongs: after a space, before a word ("were ”dwindling.”"). */
const isMisturnedOpener = (text: string, i: number) => text[i] === '”' && isOpeningContext(text[i - 1]) && text[i - 1] !== undefined && isWordChar(text[i + 1]);

export function scanQuotes(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let open = -1; // index of the open double mark
  let openMark = '';
  let singleSearchedTo = -1; // no single closer exists in (.., singleSearchedTo]
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (open < 0) {
      if (DOUBLE_OPEN.has(ch) || (ch === '"' && !/\d/.test(text[i - 1] ?? '')) || isMisturnedOpener(text, i)) {
        open = i;
        openMark = ch;
      } else if (isDoubledSingle(text, i) && isOpeningContext(text[i - 1]) && isWordChar(text[i + 2])) {
        open = ++i; // typewriter ''…'' (two single marks for a double one)
        openMark = "''";
      } else if (i > singleSearchedTo && isSingleOpener(text, i)) {
        const close = findSingleCloser(text, i + 1);
        if (close < 0) singleSearchedTo = text.length;
        else {
          if (close > i + 1) spans.push({ start: i + 1, end: close, single: true, closed: true });
          i = close;
        }
      }
      continue;
    }
    // inside a double quote
    const doubled = isDoubledSingle(text, i) && !isWordChar(text[i + 2]);
    const closes = doubled || DOUBLE_CLOSE.has(ch) || ch === '"' || (ch === '“' && (openMark === '„' || !isWordChar(text[i + 1])));
    if (closes) {
      if (i > open + 1) spans.push({ start: open + 1, end: i, single: false, closed: true });
      open = -1;
      if (doubled) i++;
    } else if (DOUBLE_OPEN.has(ch)) {
      open = i; // the earlier mark was never closed: start over from this one
      openMark = ch;
    }
  }
  if (open >= 0) {
    let end = text.length;
    while (end > open + 1 && text[end - 1] === ' ') end--;
    if (end > open + 1) spans.push({ start: open + 1, end, single: false, closed: false });
  }
  return spans;
}

function findSingleCloser(text: string, from: number): number {
  for (let j = from; j < text.length; j++) if (isSingleCloser(text, j)) return j;
  return -1;
}
