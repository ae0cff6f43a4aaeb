// The words an article uses to describe each person, so that a later description ("the novelist",
// "the patient", "his aunt") finds who it means: the lowercase words right before a mention ("the
// novelist Jo Walton", "his aunt, Jane Starner") and an appositive right after it ("Sam Reed, a
// 54-year-old teacher,"). Computed once per person, on first use.
import type { BlockInfo } from './document';
import { SPEECH_VERBS } from './lexicon';
import type { People, PersonEntity } from './people';
import { startsLowercase } from './tokens';

/** Words looked at on each side of a mention. */
const BEFORE = 4;
const AFTER = 8;
const ARTICLES = new Set(['a', 'an', 'the']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our']);

const isVerbLike = (w: string) => SPEECH_VERBS.has(w) || /(?:ed|ing)$/.test(w);

export class Descriptors {
  private cache = new Map<PersonEntity, Set<string>>();

  constructor(
    private blocks: BlockInfo[],
    private people: People,
  ) {}

  /** Lowercase words that describe `person` somewhere in the article. */
  of(person: PersonEntity): Set<string> {
    let words = this.cache.get(person);
    if (!words) {
      words = new Set();
      for (const b of this.blocks) for (const m of this.people.mentionsByBlock[b.index]) if (m.entity === person && !m.inQuote) collect(b, m.firstToken, m.lastToken, words);
      this.cache.set(person, words);
    }
    return words;
  }
}

function collect(b: BlockInfo, first: number, last: number, into: Set<string>): void {
  const t = b.tokens;
  // "the novelist Jo Walton", "his aunt, Jane Starner": lowercase words back to a determiner
  let k = first - 1;
  if (t[k]?.text === ',') k--;
  const words: string[] = [];
  // a verb ends the phrase: in "the father told Starner" the father does not describe Starner
  for (; k >= 0 && words.length < BEFORE && startsLowercase(t[k].text) && !DETERMINERS.has(t[k].text) && !isVerbLike(t[k].text); k--) words.push(t[k].text.toLowerCase());
  if (k >= 0 && (DETERMINERS.has(t[k].text.toLowerCase()) || /['’]s$/.test(t[k].text))) for (const w of words) into.add(w);
  // "Sam Reed, a 54-year-old teacher,"
  if (t[last + 1]?.text === ',' && ARTICLES.has(t[last + 2]?.text.toLowerCase() ?? '')) {
    for (let j = last + 3; j < t.length && j <= last + 2 + AFTER && t[j].text !== ',' && t[j].text !== '.'; j++) into.add(t[j].text.toLowerCase());
  }
}
