// Speech or not: quoted words somebody said vs. scare quotes, titles, nicknames, slogans,
// operation names. A cue makes even one word speech ("Mr Obama said it was “distressing”");
// without one, only a quote long enough to be a sentence counts.
import type { BlockInfo } from './document';
import type { QuotedSpan } from './quoteMarks';

const MIN_UNCUED_WORDS = 4;
const NAMING_WORDS = /\b(?:so-called|dubbed|titled|entitled|nicknamed|named|known as|term|terms|word|words|phrase|label|labelled|labeled|slogan|hashtag|operation|headline|book|song|film|album|show|series|brand|banner|sign|signs|reading|read|marked|search|searched|googled)\s*$/i;
// "nicknamed the project the “…”", "dubbed him “…”", "a group called “…”": a naming verb, then at most a short object
const NAMING_VERB = /\b(?:nicknamed|nicknames|nickname|dubbed|dubs|dub|christened|branded|brands|renamed|rebranded|known as|referred to as|(?:an?|the) [\p{L}-]+ called)(?: [\p{L}’'-]+){0,4} ?$/iu;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs']);

export function isSpeech(b: BlockInfo, q: QuotedSpan, hasCue: boolean): boolean {
  if (b.kind === 'heading') return false;
  const words = b.text.slice(q.start, q.end).match(WORD) ?? [];
  if (!words.length || isLabel(b, q)) return false;
  return hasCue || words.length >= MIN_UNCUED_WORDS;
}

/** A quoted name, title, nickname or term rather than words somebody said. */
export function isLabel(b: BlockInfo, q: QuotedSpan): boolean {
  const before = b.text.slice(Math.max(0, q.start - 30), q.start - 1);
  if (NAMING_WORDS.test(before) || NAMING_VERB.test(b.text.slice(Math.max(0, q.start - 60), q.start - 1))) return true;
  const inner = b.text.slice(q.start, q.end);
  return isTitleCase(inner.match(WORD) ?? [], inner);
}

/** "Operation Epic Fury", "Great Wall of Riverside,", "Takin’ It to the Streets.": every content word capitalised. */
function isTitleCase(words: string[], inner: string): boolean {
  // a two-word sentence ("Thank You.") may be speech; a longer one in title case is a title ("What a Fool Believes.")
  // a title does not quote ("It’s ‘Showtime at the Apollo.’" is speech that mentions one)
  if (words.length < 2 || /[‘“]/.test(inner) || (words.length < 3 && /[.!?;:][’'”"\s]*$/.test(inner))) return false;
  return words.every((w) => SMALL_WORDS.has(w) || /^[\p{Lu}\p{N}]/u.test(w));
}
