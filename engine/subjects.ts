// The subject phrase of a speech cue, parsed as a noun phrase: determiner, modifiers, head, then
// "of …", an appositive or a relative clause. What it points at is still unresolved: a name (the
// phrase's head, never a name inside "of …" or one that only modifies a noun, as in "NASA
// administrator Jim Bridenstine" or "a GOP strategist"), a pronoun, or a description ("the patient",
// "a Texas Republican") that the resolver turns into a person, an organisation or an unnamed source.
import type { BlockInfo } from './document';
import { DOCUMENT_NOUNS, ORGANISATION_NOUNS, ROLE_NOUNS } from './lexicon';
import type { NameMatch } from './names';
import { isCapitalised, startsLowercase } from './tokens';

export type Subject =
  | { kind: 'name'; name: NameMatch }
  | { kind: 'pronoun'; word: string; position: number }
  | { kind: 'description'; head: string; headToken: number; text: string; definite: boolean; appositiveName: NameMatch | null; position: number };

const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'two', 'three', 'several', 'some', 'many', 'her', 'his', 'their', 'its', 'our', 'this', 'that', 'these', 'those']);
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'two', 'three', 'many']);
const DEFINITE = new Set(['the', 'her', 'his', 'their', 'its', 'our', 'this', 'that', 'these', 'those']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'He', 'She', 'They', 'It', 'we', 'We', 'I']);
const SENTENCE_END = new Set(['.', '?', '!']);
const POSSESSOR = /['’]s?$/;
/** Words that end a noun phrase: prepositions, conjunctions, relatives, auxiliaries and other function words. */
const FUNCTION_WORDS = new Set(`on in at to with by from for as of and or but nor after before during when while who whom whose
  which that than then this these those there here yesterday today tonight tomorrow earlier later last recently also
  again once now still just only even not never is was were are be been being has have had will would could should
  may might can did does do said says told tells added adds wrote writes asked asks explained about into over under
  through since until because if so too very how what why where whether who whom whose which he she it they we you
  i me him her his its them their us our your my not no yes all both each every any such own same other more most`.split(/\s+/));
/** Words between a subject and its verb ("has also said", "reportedly told", "instead told"). */
const AUXILIARIES = new Set(`has have had also later then once again previously recently reportedly privately publicly
  repeatedly strongly would will could might may can did does do is was were been being first further simply only
  bluntly quickly just even still originally never often always since subsequently promptly flatly angrily instead
  has’ve`.split(/\s+/));
const isAuxiliary = (w: string) => AUXILIARIES.has(w.toLowerCase()) || (w.length > 4 && w.endsWith('ly') && startsLowercase(w));
/** Prepositions that attach a name to the noun before it ("a spokesperson for …", "an analyst at …"). */
const PP_HEADS = new Set(['for', 'at', 'with', 'in', 'on', 'of', 'from']);
/** How many words a subject phrase may run to. */
const MAX_PHRASE = 8;
const AGE = /^\d+-year-old$/;

/** A word that can stand in a noun phrase before its head (or be its head): not a function word, not an adverb. */
const isContentWord = (w: string) => startsLowercase(w) && !FUNCTION_WORDS.has(w) && !/ly$/.test(w) && !/^[\d.,]+$/.test(w);
const nameStartingAt = (b: BlockInfo, i: number): NameMatch | null => b.nameStarts.get(i) ?? null;
const nameEndingAt = (b: BlockInfo, i: number): NameMatch | null => b.nameEnds.get(i) ?? null;

/**
 * A name that only modifies what follows it: another name ("Labour Mary Byrne"), or a lowercase
 * noun ("NASA administrator …", "a GOP strategist"). A possessive ("NASA’s administrator") too.
 */
function isModifierName(b: BlockInfo, n: NameMatch, afterVerb: boolean): boolean {
  const t = b.tokens;
  const next = t[n.lastToken + 1];
  if (!next || b.text.slice(t[n.lastToken].end, next.start) !== ' ') return false;
  if (POSSESSOR.test(t[n.lastToken].text) && n.kind !== 'person') return true;
  if (nameStartingAt(b, n.lastToken + 1)?.kind === 'person' || isPersonNoun(next.text)) return true;
  // after a speech verb any noun may follow ("said Boeing engineer …"); opening a clause, the word after a name is mostly its verb
  return afterVerb && isContentWord(next.text) && !/(?:ing|ed)$/.test(next.text);
}

/** "Critics", "Officials": a capitalised word opening a sentence that names a kind of people, not a person ("Police" stays a body). */
function isBareGroup(b: BlockInfo, n: NameMatch): boolean {
  if (n.name.includes(' ') || n.title !== null || !isPersonNoun(n.name) || ORGANISATION_NOUNS.has(n.name.toLowerCase())) return false;
  // capitalised because it opens the sentence: mid-sentence, "says Doctor" names Mr Doctor
  const before = b.tokens[n.firstToken - 1]?.text;
  return before === undefined || SENTENCE_END.has(before) || /^[“"‘:—]$/.test(before);
}

/**
 * The noun phrase starting at token i (right after a speech verb, or opening a clause): a name, a
 * pronoun, or determiner + modifiers + head. Null when no phrase starts there.
 */
export function nounPhraseAt(b: BlockInfo, i: number, afterVerb = false): Subject | null {
  const t = b.tokens;
  if (i >= t.length) return null;
  if (SUBJECT_PRONOUNS.has(t[i].text)) return { kind: 'pronoun', word: t[i].text.toLowerCase(), position: t[i].start };
  let head = -1;
  for (let k = i; k < Math.min(t.length, i + MAX_PHRASE); k++) {
    const n = nameStartingAt(b, k);
    if (n && isBareGroup(b, n)) return description(b, k, k, k);
    if (n) {
      if (isModifierName(b, n, afterVerb)) {
        k = n.lastToken;
        continue;
      }
      // "a Texas Republican", "one Labour MP": a group description, nobody named
      if (INDEFINITE.has(t[k - 1]?.text.toLowerCase() ?? '') && k - 1 >= i) return description(b, i, n.lastToken, n.lastToken);
      return n.kind === 'place' ? null : { kind: 'name', name: n };
    }
    const w = t[k].text;
    const lower = w.toLowerCase();
    if (k === i && DETERMINERS.has(lower)) continue;
    // a capitalised plural or role noun opening a sentence ("Critics", "Officials", "Researchers")
    if (k === i && isCapitalised(w) && (ROLE_NOUNS.has(lower) || ORGANISATION_NOUNS.has(lower))) {
      head = k;
      continue;
    }
    // "the letter signed by seven physicians": a participle after the head starts a clause
    if (head >= 0 && /(?:ed|ing)$/.test(w) && !ROLE_NOUNS.has(lower)) break;
    if (isContentWord(w) || AGE.test(w) || (POSSESSOR.test(w) && k > i)) {
      head = k;
      continue;
    }
    break;
  }
  if (head < 0 || (head === i && !DETERMINERS.has(t[i].text.toLowerCase()) && !isPersonNoun(t[head].text))) return null;
  return description(b, i, head, head);
}

/** A bare noun that designates people or an organisation ("officials said", "critics say"). */
function isPersonNoun(word: string): boolean {
  const w = word.toLowerCase();
  // "prosecutors", "companies": plurals of the same nouns
  const singular = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') ? w.slice(0, -1) : w;
  return ROLE_NOUNS.has(w) || ORGANISATION_NOUNS.has(w) || ROLE_NOUNS.has(singular) || ORGANISATION_NOUNS.has(singular);
}

/** The noun phrase right after a speech verb ("said Hegseth", "said a spokesperson", "says Parata, a fierce elder"). */
export function subjectAfterVerb(b: BlockInfo, i: number): Subject | null {
  const s = nounPhraseAt(b, i, true);
  // a description after the verb must name a kind of person or body: in "said the plan …" the phrase opens the reported clause
  if (s?.kind === 'description' && !s.appositiveName && !isPersonNoun(s.head) && !AGE.test(s.head) && !DOCUMENT_NOUNS.has(s.head)) return null;
  return s;
}

/**
 * The subject of a speech verb at `v`, looking back no further than `first` (the clause start): the
 * phrase right before the verb, or, past an appositive or a relative clause ("Jim Chilton, senior
 * vice president for space at Boeing Defense, Space, and Security, said"), the phrase opening the clause.
 */
export function subjectBeforeVerb(b: BlockInfo, v: number, first: number): Subject | null {
  const t = b.tokens;
  let k = v - 1;
  while (k >= first && isAuxiliary(t[k].text)) k--;
  if (k < first) return null;
  if (t[k].text === ',' || t[k].text === ')') {
    const opening = clauseOpening(b, first, k);
    if (opening) return opening;
    // appositive: "her mother, Fiona, said"
    let c = k - 1;
    while (c >= first && t[c].text !== ',' && !SENTENCE_END.has(t[c].text)) c--;
    if (c < first || t[c].text !== ',') return null;
    const inner = nameStartingAt(b, c + 1);
    const head = subjectEndingAt(b, c - 1, first);
    if (inner && inner.lastToken === k - 1 && inner.kind !== 'organisation' && (!head || head.kind === 'description')) return { kind: 'name', name: inner };
    return head;
  }
  return subjectEndingAt(b, k, first);
}

/**
 * The phrase opening the clause at `first` when it is followed by an appositive or a relative clause
 * that ends at `close` (a comma or a parenthesis right before the verb).
 */
function clauseOpening(b: BlockInfo, first: number, close: number): Subject | null {
  const t = b.tokens;
  const s = nounPhraseAt(b, first);
  if (!s) return null;
  const end = s.kind === 'name' ? s.name.lastToken : s.kind === 'pronoun' ? first : s.headToken;
  const after = s.kind === 'description' ? commaAfter(b, end) : t[end + 1]?.text === ',' || t[end + 1]?.text === '(' ? end + 1 : -1;
  return after >= 0 && after < close ? s : null;
}

/** Who works with a speaker and is spoken for by them ("and his team", "and her colleagues"). */
const ENTOURAGE = new Set(['team', 'colleagues', 'co-authors', 'coauthors', 'collaborators']);

export function subjectEndingAt(b: BlockInfo, k: number, first: number): Subject | null {
  const t = b.tokens;
  if (k < first) return null;
  // "Liu He said": a name ending in a word that is also a pronoun
  if (SUBJECT_PRONOUNS.has(t[k].text) && !nameEndingAt(b, k)) return { kind: 'pronoun', word: t[k].text.toLowerCase(), position: t[k].start };
  // "a career Army officer who described …", "two reports that depicted …": the phrase the relative clause hangs on
  if ((t[k].text === 'who' || ((t[k].text === 'that' || t[k].text === 'which') && isContentWord(t[k - 1]?.text ?? ''))) && k - 1 >= first) return subjectEndingAt(b, k - 1, first);
  // "Paganini and his team wrote": the person who leads the team speaks for it
  if (ENTOURAGE.has(t[k].text) && /^(?:his|her|their)$/.test(t[k - 1]?.text ?? '') && t[k - 2]?.text === 'and' && k - 3 >= first) return subjectEndingAt(b, k - 3, first);
  let n = nameEndingAt(b, k);
  // "the CEO said", "one neo-bank CEO told me": an office written in capitals after lowercase words heads a
  // description, nobody named ("Doctor says" opening a clause is Ken Doctor)
  if (n && n.firstToken === n.lastToken && isPersonNoun(n.name) && startsLowercase(t[n.firstToken - 1]?.text ?? '')) n = null;
  // "Senator Mitch McConnell of Kentucky": the person, not the place after "of"
  const owner = n && /^(?:of|from)$/.test(t[n.firstToken - 1]?.text ?? '') ? nameEndingAt(b, n.firstToken - 2) : null;
  if (owner && owner.kind !== 'organisation') n = owner;
  if (n && n.firstToken >= first && isBareGroup(b, n)) return description(b, k, k, k);
  // "a spokesperson for the Department of Justice said": the name only completes the phrase before it
  const prep = n ? n.firstToken - (t[n.firstToken - 1]?.text === 'the' ? 2 : 1) : -1;
  if (n && prep - 1 >= first && PP_HEADS.has(t[prep].text) && !/^(?:of|from)$/.test(t[prep].text)) {
    const head = subjectEndingAt(b, prep - 1, first);
    if (head?.kind === 'description') return head;
  }
  if (n && n.firstToken >= first) {
    // "a Texas Republican said", "one Labour MP said": a group description
    if (INDEFINITE.has(t[n.firstToken - 1]?.text.toLowerCase() ?? '')) return description(b, n.firstToken - 1, k, k);
    if (n.kind !== 'place') return { kind: 'name', name: n };
  }
  const w = t[k].text.toLowerCase();
  if (isPersonNoun(w) || AGE.test(w)) {
    let d = k;
    while (d > first && k - d < 5 && !DETERMINERS.has(t[d].text.toLowerCase()) && /^[\p{L}\d-]/u.test(t[d - 1].text) && !POSSESSOR.test(t[d - 1].text)) d--;
    return description(b, d, k, k);
  }
  // "the patient said", "the 56-year-old said": a definite description with any head noun
  if (isContentWord(t[k].text)) {
    for (let d = k - 1; d >= first && k - d <= 4; d--) {
      const lower = t[d].text.toLowerCase();
      if (DEFINITE.has(lower) || INDEFINITE.has(lower)) return description(b, d, k, k);
      if (!isContentWord(t[d].text) && !AGE.test(t[d].text) && !/^\p{Ll}+ly$/u.test(t[d].text)) break;
    }
  }
  return null;
}

/** The comma right after the head, or after the "of …" that completes it ("The leader of Ennahda, …"); -1 when there is none. */
function commaAfter(b: BlockInfo, head: number): number {
  const t = b.tokens;
  let k = head + 1;
  if (t[k]?.text === 'of') while (k < t.length && k - head <= MAX_PHRASE && t[k].text !== ',' && !SENTENCE_END.has(t[k].text)) k++;
  return t[k]?.text === ',' ? k : -1;
}

/** "a report from Kotak", "a statement by the ministry", "The report, published by the Institute for Fiscal Studies,": who issued a document. */
function issuerAfter(b: BlockInfo, head: number): NameMatch | null {
  const t = b.tokens;
  let k = head + 1;
  if (t[k]?.text === ',' && /ed$/.test(t[k + 1]?.text ?? '') && t[k + 2]?.text === 'by') k += 2;
  if (!/^(?:from|by|of)$/.test(t[k]?.text ?? '')) return null;
  return nameStartingAt(b, t[k + 1]?.text === 'the' ? k + 2 : k + 1);
}

/** "the president", "a senior official", "the company", "her mother, Fiona", "a GOP strategist". */
function description(b: BlockInfo, from: number, to: number, head: number): Subject | null {
  const t = b.tokens;
  if (head < from || head > to) return null;
  // "a report from Kotak Institutional Equities", "a statement by the ministry": the document's issuer
  const issuer = DOCUMENT_NOUNS.has(t[head].text.toLowerCase()) ? issuerAfter(b, head) : null;
  if (issuer && issuer.kind !== 'place') return { kind: 'name', name: issuer };
  let appositiveName: NameMatch | null = null;
  const comma = commaAfter(b, head);
  if (comma >= 0) {
    // "her mother, Fiona, said"; "said another witness, former White House adviser Fiona Hill."
    for (let k = comma + 1; k < t.length && k - comma <= MAX_PHRASE && appositiveName === null; k++) {
      const n = nameStartingAt(b, k);
      const closes = /^[,.;]$/.test(t[(n?.lastToken ?? k) + 1]?.text ?? '.');
      if (n && (n.kind === 'person' || n.kind === 'unknown') && closes) appositiveName = n;
      else if (!n && !isContentWord(t[k].text)) break;
      else if (n) k = n.lastToken;
    }
  }
  const det = t[from].text.toLowerCase();
  return {
    kind: 'description',
    head: t[head].text.toLowerCase().replace(POSSESSOR, ''),
    headToken: head,
    text: b.text.slice(t[from].start, t[head].end),
    // "Reyes’s spokesman" is as definite as "the spokesman"
    definite: DEFINITE.has(det) || POSSESSOR.test(t[from - 1]?.text ?? ''),
    appositiveName,
    position: t[from].start,
  };
}

