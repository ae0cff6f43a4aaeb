// Speech or not: quoted words somebody said vs. scare quotes, titles, nicknames, slogans,
// operation names. A cue makes even one word speech ("Mr Obama said it was “distressing”");
// without one, only a quote long enough to be a sentence counts.
import type { BlockInfo } from './document';
import type { QuotedSpan } from './quoteMarks';

const MIN_UNCUED_WORDS = 4;
const NAMING_WORDS = /(?:so-called|dubbed|titled|entitled|nicknamed|named|known as|term|terms|word|words|phrase|label|labelled|labeled|slogan|hashtag|operation|headline|book|song|film|album|show|series|brand|banner|sign|signs|reading|read|marked|search|searched|googled)\s*$/i;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs']);

export function isSpeech(b: BlockInfo, q: QuotedSpan, hasCue: boolean): boolean {
  if (b.kind === 'heading') return false;
  const inner = b.text.slice(q.start, q.end);
  const words = inner.match(WORD) ?? [];
  if (!words.length) return false;
  const before = b.text.slice(Math.max(0, q.start - 30), q.start - 1);
  if (NAMING_WORDS.test(before)) return false;
  if (isTitleCase(words, inner)) return false;
  return hasCue || words.length >= MIN_UNCUED_WORDS;
}

/** "Operation Epic Fury", "First of the Season Fresh Alaskan Halibut": every content word capitalised. */
function isTitleCase(words: string[], inner: string): boolean {
  if (words.length < 2 || /[,.!?;:][’'”"\s]*$/.test(inner)) return false;
  return words.every((w) => SMALL_WORDS.has(w) || /^[\p{Lu}\p{N}]/u.test(w));
}
