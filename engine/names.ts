// Recognises capitalised name sequences in a block and splits off leading titles
// ("Iranian Foreign Minister Abbas Araghchi" → title "Iranian Foreign Minister", name "Abbas Araghchi").
import { COURTESY_TITLES, JOB_LABEL_MODIFIERS, JOB_LABELS, NAME_TITLES, NEVER_NAME, OCCUPATIONS, OFFICE_WORDS, ORGANISATION_WORDS, PLACE_WORDS, ROLE_NOUNS } from './lexicon';
import { isGivenName } from './given-names';
import { LINE_SEPARATOR } from './normalize';
import { isCapitalised, type Token } from './tokens';

export type NameKind = 'person' | 'organisation' | 'place' | 'unknown';

export interface NameMatch {
  /** Token index range [first, last] of the whole sequence, title included. */
  firstToken: number;
  lastToken: number;
  /** Clean-text range of the name proper (title excluded). */
  start: number;
  end: number;
  name: string;
  /** Title or office written in front of the name ("Secretary of Defense", "Mr."), if any. */
  title: string | null;
  kind: NameKind;
}

const PLACE_FIRST_WORDS = new Set(['Operation', 'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Lake', 'Mount', 'Port', 'Fort', 'San', 'Santa', 'Los', 'Las', 'New', 'Upper', 'Lower', 'Greater']);
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'al', 'el', 'la', 'le', 'da', 'di', 'du', 'del', 'dos', 'ter', 'ten']);
const CONNECTORS = new Set(['of', 'for', 'on', 'and']);
const INITIAL = /^(?:\p{Lu}\.)+$/u;
const GENERATION = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/;
const ACRONYM = /^\p{Lu}{2,}s?$/u;
const POSSESSIVE = /['’]s$/;
/** Offices that never end a personal name (unlike King, Judge or Bishop, which can be surnames). */
const OFFICE_TAIL = new Set(['Officer', 'Director', 'President', 'Ambassador', 'Senator', 'Governor', 'Representative', 'Congressman', 'Congresswoman', 'Manager', 'Secretary', 'Minister', 'Chairman', 'Chairwoman', 'Commissioner', 'Supervisor', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'CEO', 'Founder', 'Treasurer']);
const PARTICIPLE = /^\p{Lu}\p{Ll}{3,}ing$/u;
/** Place words that are common surnames too. */
const SURNAME_PLACE_WORDS = new Set(['Park', 'Hall', 'Lake', 'Day', 'Hill', 'Hills', 'Forest', 'Bay', 'Brook', 'Castle', 'Temple', 'Garden', 'Gardens', 'Beach', 'Rivers', 'Summit', 'Falls']);

/** Lowercase words the article itself uses: a capitalised one of them at a sentence start is not a name. */
export type Vocabulary = Set<string>;

/** An organisation word, plurals too ("Centers", "Laboratories"). */
const isOrganisationWord = (w: string) => ORGANISATION_WORDS.has(w) || ORGANISATION_WORDS.has(w.replace(/ies$/, 'y').replace(/s$/, ''));
/** Whether tokens[from…to] already joins words with "of" or "for", the shape of an institution's name. */
const hasConnector = (tokens: Token[], from: number, to: number) => tokens.slice(from, to + 1).some((t) => t.text === 'of' || t.text === 'for');

/** "D-Ore.", "R-Texas": a party and state tag, no name. */
const PARTY_TAG = /^[DRI]-[A-Z]/;
const isNameWord = (t: Token) => isCapitalised(t.text) && !NEVER_NAME.has(t.text.replace(POSSESSIVE, '')) && !PARTY_TAG.test(t.text);

/**
 * "Governor-elect", "Singer-guitarists", "Ex-minister": a capitalised compound of everyday words
 * (an office, or words the article writes in lowercase) is a title or a description, no part of a
 * name; "Jong-un" and "Hau-yip" are given names.
 */
function isDescriptiveCompound(word: string, vocabulary: Vocabulary): boolean {
  const parts = word.toLowerCase().split('-');
  if (parts.length < 2 || !/-\p{Ll}/u.test(word)) return false;
  return parts.some((p) => p.length > 3 && (OFFICE_WORDS.has(p) || ROLE_NOUNS.has(p) || vocabulary.has(p)));
}

/**
 * Pairs of capitalised words the article writes mid-sentence ("… label, Big Machine, …"): the same pair
 * opening a sentence is that name, not an ordinary word before one ("Big Machine has denied …").
 */
export function addMidSentencePairs(pairs: Set<string>, text: string, tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (isCapitalised(tokens[i].text) && isCapitalised(tokens[i + 1].text) && !isSentenceStart(text, tokens, i)) pairs.add(`${tokens[i].text} ${tokens[i + 1].text}`);
  }
}

export function findNames(text: string, tokens: Token[], vocabulary: Vocabulary, midSentencePairs: Set<string> = new Set()): NameMatch[] {
  const out: NameMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "Mr Johnson", "Dr Osei": a courtesy title without its period still leads a name
    const courtesy = COURTESY_TITLES.has(tokens[i].text) && tokens[i + 1] !== undefined && isNameWord(tokens[i + 1]) && text.slice(tokens[i].end, tokens[i + 1].start) === ' ';
    if (!courtesy && leadsEastAsianName(text, tokens, i)) {
      out.push(interpret(text, tokens, i, i + 1, vocabulary));
      i++;
      continue;
    }
    if (!courtesy && (!isNameWord(tokens[i]) || isDescriptiveCompound(tokens[i].text, vocabulary) || isOrdinaryOpenerAt(text, tokens, i, vocabulary, midSentencePairs))) continue;
    let j = i;
    while (j + 1 < tokens.length && !POSSESSIVE.test(tokens[j].text)) {
      const next = tokens[j + 1];
      const gap = text.slice(tokens[j].end, next.start);
      if (gap.trim() !== '' || gap.includes(LINE_SEPARATOR)) break; // punctuation or a line break between words
      if (isNameWord(next) || INITIAL.test(next.text) || isInnerFunctionWord(tokens, i, j + 1)) { j++; continue; }
      const after = tokens[j + 2];
      // "Secretary of Defense", "Department of Health and Human Services", "Centers for Disease Control and Prevention"
      const institution = CONNECTORS.has(next.text) && (NAME_TITLES.has(tokens[j].text) || isOrganisationWord(tokens[j].text) || (next.text === 'and' && hasConnector(tokens, i, j)));
      const joins = PARTICLES.has(next.text) || institution;
      if (joins && after && isNameWord(after) && text.slice(next.end, after.start) === ' ') { j += 2; continue; }
      // "Ursula von der Leyen", "Vincent van der Berg": particles in a row
      if (PARTICLES.has(next.text) && PARTICLES.has(after?.text ?? '') && tokens[j + 3] && isNameWord(tokens[j + 3]) && text.slice(next.start, tokens[j + 3].start) === `${next.text} ${after!.text} `) { j += 3; continue; }
      // "Office of the Inspector General", "Department of the Interior"
      const afterThe = tokens[j + 3];
      if (next.text === 'of' && after?.text === 'the' && afterThe && ORGANISATION_WORDS.has(tokens[j].text) && isNameWord(afterThe) && text.slice(next.end, afterThe.start) === ' the ') { j += 3; continue; }
      break;
    }
    const person = givenNameStart(tokens, i, j);
    if (person > i) out.push(interpret(text, tokens, i, person - 1, vocabulary));
    out.push(asBodyBeforePluralVerb(interpret(text, tokens, person, j, vocabulary), text, tokens));
    i = j;
  }
  return out;
}

const PLURAL_VERBS = new Set(['have', 'are', 'were']);

/** "Big Machine have denied it": a name opening its sentence with a plural verb is a body (as British copy writes them), no person. */
function asBodyBeforePluralVerb(n: NameMatch, text: string, tokens: Token[]): NameMatch {
  if (n.kind === 'organisation' || n.kind === 'place' || n.title !== null || !PLURAL_VERBS.has(tokens[n.lastToken + 1]?.text ?? '')) return n;
  return isSentenceStart(text, tokens, n.firstToken) ? { ...n, kind: 'organisation' } : n;
}

/** Capitalised function words that are also given names in East Asian names ("Liu He", "Le An", "Wang An"). */
const INNER_FUNCTION_WORDS = new Set(['He', 'Le', 'An']);

/** "He Jianxiong, the former director, said": such a word before one capitalised word that ends the run (a verb after "He" is lowercase). */
function leadsEastAsianName(text: string, tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!INNER_FUNCTION_WORDS.has(tokens[i].text) || !next || !isNameWord(next) || text.slice(tokens[i].end, next.start) !== ' ') return false;
  const after = tokens[i + 2];
  return !(after && isCapitalised(after.text) && text.slice(next.end, after.start) === ' ');
}

/** "Liu He": such a word right after a one-word name, ending the name there. */
function isInnerFunctionWord(tokens: Token[], first: number, k: number): boolean {
  return k === first + 1 && INNER_FUNCTION_WORDS.has(tokens[k].text) && !isCapitalised(tokens[k + 1]?.text ?? '');
}

/**
 * Where a personal name starts inside the capitalised sequence tokens[first…last] when words that
 * are no part of it stand in front: a place, a party or a demonym ("France Jean Dupont", "Democrat
 * Jane Roe"). The name starts at a common given name that follows a word that is not one, with a
 * surname after it. Sequences that hold a title are left to interpret(), which splits titles off.
 */
function givenNameStart(tokens: Token[], first: number, last: number): number {
  if (last - first < 2) return first;
  for (let k = first; k < last; k++) if (NAME_TITLES.has(tokens[k].text) || OCCUPATIONS.has(tokens[k].text.toLowerCase()) || CONNECTORS.has(tokens[k].text)) return first;
  for (let k = first + 1; k < last; k++) if (isGivenName(tokens[k].text) && !isGivenName(tokens[k - 1].text) && !INITIAL.test(tokens[k - 1].text)) return k;
  return first;
}

const isOccupation = (t: Token | undefined) => t !== undefined && isCapitalised(t.text) && OCCUPATIONS.has(t.text.toLowerCase());

/** An ordinary word opening a sentence is no name, unless it leads a title ("Harbour Master Tom Berger"). */
function isOrdinaryOpenerAt(text: string, tokens: Token[], i: number, vocabulary: Vocabulary, midSentencePairs: Set<string>): boolean {
  if (NAME_TITLES.has(tokens[i].text) || isOccupation(tokens[i + 1])) return false;
  if (tokens[i + 1] && midSentencePairs.has(`${tokens[i].text} ${tokens[i + 1].text}`)) return false;
  return isSentenceStart(text, tokens, i) && isOrdinaryOpener(tokens[i].text, tokens[i + 1], vocabulary);
}

/**
 * A capitalised word opening a sentence that is an ordinary word: one the article also writes in
 * lowercase, or a participle in front of a name ("Following Assange’s arrest", "Regarding MagSafe").
 */
function isOrdinaryOpener(word: string, next: Token | undefined, vocabulary: Vocabulary): boolean {
  return vocabulary.has(word.toLowerCase()) || (PARTICIPLE.test(word) && next !== undefined && isCapitalised(next.text));
}

function isSentenceStart(text: string, tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  const between = text.slice(tokens[i - 1].end, tokens[i].start);
  return /[.!?:“"‘]\s*$/.test(text.slice(Math.max(0, tokens[i - 1].start), tokens[i - 1].end) + between) || /^[.!?]/.test(tokens[i - 1].text);
}

function interpret(text: string, tokens: Token[], first: number, last: number, vocabulary: Vocabulary): NameMatch {
  const words = tokens.slice(first, last + 1).map((t) => t.text.replace(POSSESSIVE, ''));
  // "Office of the Inspector General", "Department of the Attorney General": a body ending in an office, no titled person
  if (words.length > 2 && NAME_TITLES.has(words[words.length - 1]) && words.some((w) => ORGANISATION_WORDS.has(w))) {
    const end = tokens[last].end - (POSSESSIVE.test(tokens[last].text) ? 2 : 0);
    return { firstToken: first, lastToken: last, start: tokens[first].start, end, name: text.slice(tokens[first].start, end), title: null, kind: 'organisation' };
  }
  let lastTitle = -1;
  // an occupation is a title only with a full name after it ("Harbour Master Tom Berger", not "Chef Lopez")
  for (let k = 0; k < words.length - 1; k++) if (NAME_TITLES.has(words[k]) || (k < words.length - 2 && OCCUPATIONS.has(words[k].toLowerCase()))) lastTitle = k;
  let nameFrom = lastTitle + 1;
  // "Secretary of Defense Pete Hegseth": skip the "of Defense" that completes the title
  while (nameFrom < words.length - 1 && CONNECTORS.has(words[nameFrom])) nameFrom += 2;
  if (lastTitle >= 0 && !COURTESY_TITLES.has(words[lastTitle])) nameFrom = Math.max(nameFrom, personalNameStart(words, nameFrom));
  // "Senior Vice President of Sales", "President and CEO": a title with no name after it
  const titleOnly = nameFrom >= words.length || words.slice(lastTitle + 1).every((w) => NAME_TITLES.has(w) || CONNECTORS.has(w) || ORGANISATION_WORDS.has(w));
  nameFrom = Math.min(nameFrom, words.length - 1);
  // "Meg James Staff Writer": a trailing job label is no part of the name; with one word or none
  // left ("Staff Writer", "AP Sports Writer") the whole sequence is a label, not a person
  const labelAt = jobLabelStart(words, nameFrom, vocabulary);
  const jobLabelOnly = labelAt < words.length && labelAt - nameFrom < 2;
  const nameEnd = jobLabelOnly ? words.length : labelAt;
  const nameWords = words.slice(nameFrom, nameEnd);
  const title = nameFrom > 0 ? text.slice(tokens[first].start, tokens[first + nameFrom - 1].end) : null;
  const start = tokens[first + nameFrom].start;
  const end = nameEnd < words.length ? tokens[first + nameEnd - 1].end : tokens[last].end - (POSSESSIVE.test(tokens[last].text) ? 2 : 0);
  // "a Margaret Hamilton Lego minifigure", "a Trump administration official": a modifier, not a mention
  const modifier = nameFrom === 0 && /^(?:a|an)$/.test(tokens[first - 1]?.text ?? '');
  const kind = modifier || jobLabelOnly || (titleOnly && lastTitle >= 0) ? 'unknown' : kindOf(nameWords, lastTitle >= 0, vocabulary);
  return { firstToken: first, lastToken: last, start, end, name: text.slice(start, end), title, kind };
}

/**
 * Where a trailing newsroom job label starts in words[from…] ("Business Columnist", "National
 * Security Writer"): a job noun at the end, led by rank or desk words (or words the article writes
 * in lowercase); words.length when the sequence does not end in one.
 */
function jobLabelStart(words: string[], from: number, vocabulary: Vocabulary): number {
  if (!JOB_LABELS.has(words[words.length - 1].toLowerCase())) return words.length;
  let k = words.length - 1;
  while (k - 1 >= from) {
    const w = words[k - 1].toLowerCase();
    if (!(JOB_LABEL_MODIFIERS.has(w) || JOB_LABELS.has(w) || vocabulary.has(w))) break;
    k--;
  }
  return k;
}

/** After an office title, a personal name is at most "First M. Last" long. */
function personalNameStart(words: string[], from: number): number {
  // "Sheikh Mohammed bin Rashid Al Maktoum", "U.S. Attorney James Kennedy Jr.": from a given name on
  for (let g = from; g < words.length - 1; g++) if (isGivenName(words[g]) && words.length - g <= 6) return g;
  let k = words.length - 1;
  // "… Kennedy Jr.": a generational suffix is no word of the name proper
  if (k - 1 >= from && GENERATION.test(words[k])) k--;
  let plain = 1;
  while (k - 1 >= from && (INITIAL.test(words[k - 1]) || PARTICLES.has(words[k - 1]) || plain < 2)) {
    if (!INITIAL.test(words[k - 1]) && !PARTICLES.has(words[k - 1])) plain++;
    k--;
  }
  return k;
}

function kindOf(words: string[], titled: boolean, vocabulary: Vocabulary): NameKind {
  if (words.some((w) => ORGANISATION_WORDS.has(w))) return 'organisation';
  // "Chief Strategy Officer", "Vice President North America": an office or a region, not a name
  if (PLACE_FIRST_WORDS.has(words[0])) return 'place';
  if (OFFICE_TAIL.has(words[words.length - 1])) return 'unknown';
  if (titled) return 'person';
  // "Linda Park", "Shirley Temple": a given name before a place word that is also a surname
  if (words.length <= 3 && isGivenName(words[0]) && SURNAME_PLACE_WORDS.has(words[words.length - 1])) return 'person';
  if (PLACE_WORDS.has(words[words.length - 1]) || PLACE_FIRST_WORDS.has(words[0])) return 'place';
  if (words.length === 1 && ACRONYM.test(words[0])) return 'organisation';
  // a sequence of ordinary words the article also writes in lowercase ("Whole Foods") is not a personal name,
  // nor is one led by such a word that is no given name ("Iceberg Passages", "Border Patrol")
  if (words.every((w) => vocabulary.has(w.toLowerCase()))) return 'unknown';
  if (vocabulary.has(words[0].toLowerCase()) && !isGivenName(words[0])) return 'unknown';
  if (words.length >= 2 && words.length <= 4 && words.every((w) => !ACRONYM.test(w))) return 'person';
  return 'unknown';
}
