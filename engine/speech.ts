// Speech or not: quoted words somebody said vs. scare quotes, titles, nicknames, slogans,
// operation names. A cue makes even one word speech ("Mr Obama said it was “distressing”");
// without one, only a quote long enough to be a sentence counts.
//
// Works on the block's tokens and word sets rather than on big case-insensitive \p{…} regexes:
// compiling those cost milliseconds on a page's first run.
import type { BlockInfo } from './document';
import type { QuotedSpan } from './quoteMarks';
import { firstTokenAt, isCapitalised, isWordToken, type Token } from './tokens';

const set = (words: string) => new Set(words.trim().split(/\s+/));

const MIN_UNCUED_WORDS = 4;
/** A word right before the quote that makes it a name, title or term ("the term “…”", "a sign reading “…”"). */
const NAMING_WORDS = set(`so-called dubbed titled entitled nicknamed named term terms word words phrase label labelled
  labeled slogan hashtag operation headline book song film album show series brand banner sign signs reading read
  marked search searched googled`);
/** "nicknamed the project the “…”", "dubbed him “…”": a naming verb, then at most a short object. */
const NAMING_VERBS = set('nicknamed nicknames nickname dubbed dubs dub christened branded brands renamed rebranded');
const MAX_NAMED_OBJECT = 4;
/** How far before the quote a naming verb may stand. */
const NAMING_REACH = 60;
const SMALL_WORDS = set('a an the of and or in on at to for by with from as vs');

export function isSpeech(b: BlockInfo, q: QuotedSpan, hasCue: boolean): boolean {
  if (b.kind === 'heading') return false;
  const words = wordsInside(b, q);
  if (!words.length || isLabel(b, q, words)) return false;
  return hasCue || words.length >= MIN_UNCUED_WORDS;
}

/** A quoted name, title, nickname or term rather than words somebody said. */
export function isLabel(b: BlockInfo, q: QuotedSpan, words = wordsInside(b, q)): boolean {
  return followsNamingWord(b, q) || precedesNamedThing(b, q) || isTitleCase(words, b.text.slice(q.start, q.end));
}

/** Things a quoted name stands in front of: the “Meth. We’re on it.” campaign, the “Remain in Mexico” policy. */
const NAMED_THINGS = set(`campaign campaigns slogan tagline motto initiative program programme programs policy policies plan
  doctrine movement brand label series show film movie book novel song album episode law act bill rule rules ad ads
  advert advertisement hashtag trend challenge meme operation project scheme strategy tour`);

/** A quote right before one of those nouns (“…” campaign): a name used as a modifier, not words somebody said. */
function precedesNamedThing(b: BlockInfo, q: QuotedSpan): boolean {
  if (!q.closed) return false;
  const next = b.tokens[firstTokenAt(b.tokens, q.end + 1)];
  return next !== undefined && next.start === q.end + 2 && NAMED_THINGS.has(next.text);
}

/** The words inside the quote; hyphenated compounds count each part ("freeze-thaw" is two). */
function wordsInside(b: BlockInfo, q: QuotedSpan): string[] {
  const words: string[] = [];
  for (let i = firstTokenAt(b.tokens, q.start); i < b.tokens.length && b.tokens[i].end <= q.end; i++) {
    const t = b.tokens[i].text;
    if (isWordToken(t)) words.push(...t.split('-').filter(Boolean));
  }
  return words;
}

/** "the term “…”", "known as “…”", "renamed the bypass the “…”", "a group called “…”". */
function followsNamingWord(b: BlockInfo, q: QuotedSpan): boolean {
  const mark = q.start - 1;
  const t = b.tokens;
  const last = firstTokenAt(t, mark) - 1;
  if (last < 0 || !isWordToken(t[last].text) || b.text.slice(t[last].end, mark).trim() !== '') return false;
  const word = (i: number) => lastPart(t[i].text.toLowerCase());
  if (NAMING_WORDS.has(t[last].text.toLowerCase()) || NAMING_WORDS.has(word(last)) || (word(last) === 'as' && word(last - 1) === 'known')) return true;
  // the naming verb, then up to MAX_NAMED_OBJECT single-spaced words before the mark
  if (mark - t[last].end > 1) return false;
  for (let v = last, objects = 0; v >= 0 && t[v].start >= mark - NAMING_REACH && objects <= MAX_NAMED_OBJECT; v--, objects++) {
    if (!isPlainWord(t[v].text)) return false;
    if (isNamingVerb(b, v)) return true;
    if (!singleSpaced(b, t[v - 1], t[v])) return false;
  }
  return false;
}

/** A naming verb at token v: "dubbed", "known as", "referred to as", "a group called". */
function isNamingVerb(b: BlockInfo, v: number): boolean {
  const t = b.tokens;
  const w = (i: number) => (i >= 0 && singleSpaced(b, t[i], t[i + 1]) ? t[i].text.toLowerCase() : '');
  const here = t[v].text.toLowerCase();
  if (NAMING_VERBS.has(here)) return true;
  if (here === 'as') return w(v - 1) === 'known' || (w(v - 1) === 'to' && w(v - 2) === 'referred');
  return here === 'called' && isPlainWord(w(v - 1)) && ['a', 'an', 'the'].includes(w(v - 2));
}

const singleSpaced = (b: BlockInfo, a: Token | undefined, c: Token) => a !== undefined && b.text.slice(a.end, c.start) === ' ';
const lastPart = (word: string) => word.slice(word.lastIndexOf('-') + 1);
/** Letters, apostrophes and hyphens only (no digits). */
const isPlainWord = (word: string) => isWordToken(word) && !/\d/.test(word);

/** "Operation Epic Fury", "Great Wall of Riverside,", "Takin’ It to the Streets.": every content word capitalised. */
function isTitleCase(words: string[], inner: string): boolean {
  // a two-word sentence ("Thank You.") may be speech; a longer one in title case is a title ("What a Fool Believes.")
  // a title does not quote ("It’s ‘Showtime at the Apollo.’" is speech that mentions one)
  if (words.length < 2 || /[‘“]/.test(inner) || (words.length < 3 && /[.!?;:][’'”"\s]*$/.test(inner))) return false;
  return words.every((w) => SMALL_WORDS.has(w) || isCapitalised(w) || (w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57));
}
