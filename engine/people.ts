// The article's people: every person name mention grouped under its most complete form,
// with a role and an official flag. Surname-only and titled mentions ("Mr. Obama") join
// the full name introduced anywhere in the article.
import { givenNameGender } from './given-names';
import { COURTESY_TITLES, ORGANISATION_WORDS, PLACE_WORDS } from './lexicon';
import { quoteAt, type BlockInfo } from './document';
import type { NameMatch } from './names';
import { toOriginal } from './normalize';
import { holdsOffice, isOfficialRole, roleAfter, roleBefore, rolePredicate, splitRoleComplement } from './roles';
import { isLabel } from './speech';
import { StepMeter, type Steps } from './steps';
import { isCapitalised, startsLowercase } from './tokens';
import type { Span } from './types';

export type Gender = 'm' | 'f' | null;

export interface PersonEntity {
  id: number;
  name: string;
  words: string[];
  role: string | null;
  official: boolean;
  gender: Gender;
  mentions: Span[];
}

export interface PersonMention {
  entity: PersonEntity;
  block: number;
  /** Clean offsets within the block, title excluded. */
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  inQuote: boolean;
}

export interface People {
  entities: PersonEntity[];
  /** Mentions per block, in text order. */
  mentionsByBlock: PersonMention[][];
  /** The entity a name (full or partial) refers to, preferring the most recently mentioned. */
  lookup(name: string): PersonEntity | null;
}

const key = (w: string) => w.toLowerCase().replace(/['’]s$/, '');
const words = (name: string) => name.split(/\s+/).map(key).filter(Boolean);
const FEMALE_TITLES = new Set(['Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dame', 'Lady']);
const MALE_TITLES = new Set(['Mr', 'Mr.', 'Sir', 'Lord']);

/** Names examined between two yields. */
const STEP_NAMES = 200;

/** The article's people, yielding every few names. */
export function* collectPeopleSteps(blocks: BlockInfo[]): Steps<People> {
  const meter = new StepMeter(STEP_NAMES);
  const entities: PersonEntity[] = [];
  const byFullName = new Map<string, PersonEntity>();
  const byWord = new Map<string, PersonEntity[]>();
  const bySurnameSpelling = new Map<string, PersonEntity[]>();
  const register = (name: string): PersonEntity => {
    const k = words(name).join(' ');
    let e = byFullName.get(k);
    if (!e) {
      e = { id: entities.length, name, words: words(name), role: null, official: false, gender: null, mentions: [] };
      entities.push(e);
      byFullName.set(k, e);
      for (const w of e.words) byWord.set(w, [...(byWord.get(w) ?? []), e]);
      const spelt = spelling(e.words[e.words.length - 1]);
      bySurnameSpelling.set(spelt, [...(bySurnameSpelling.get(spelt) ?? []), e]);
    }
    return e;
  };
  /** Entities whose surname is `last` or, failing that, one spelling of it ("Zelensky", "Zelenskiy", "Zelenskyy"). */
  const withSurname = (last: string): PersonEntity[] => byWord.get(last) ?? bySurnameSpelling.get(spelling(last)) ?? [];
  /** A longer registered name that contains all the words of `name`, keeping their order. */
  const fuller = (name: string): PersonEntity | null => {
    const ws = words(name);
    const last = ws[ws.length - 1];
    let best: PersonEntity | null = null;
    for (const e of withSurname(last)) {
      if (e.words.length < ws.length || !containsInOrder(e.words, ws)) continue;
      const surnameOrFirst = sameSurname(e.words[e.words.length - 1], last) || e.words[0] === ws[0];
      if (surnameOrFirst && (!best || e.words.length > best.words.length)) best = e;
    }
    return best;
  };

  // 1. full names (two words or more), longest first so that shorter forms merge into them
  let vocabulary: Set<string> | null = null;
  const writtenLowercase = (word: string) => (vocabulary ??= lowercaseWords(blocks)).has(word.toLowerCase());
  let surnames: Set<string> | null = null;
  /** "envoy to Ukraine Kurt Volker": split off the complement only for a person the article names again ("Volker said"). */
  const splitComplement = (b: BlockInfo, n: NameMatch): NameMatch => {
    const split = splitRoleComplement(b, n);
    if (!split) return n;
    surnames ??= standaloneNames(blocks);
    return words(split.name).some((w) => surnames!.has(w)) ? split : n;
  };
  const multi: NameMatch[] = [];
  for (const b of blocks) {
    if (isTitleCaseHeading(b) && !b.isByline) continue; // "How Mary Steenburgen Wrote the Song": name boundaries are lost
    for (const found of b.names) {
      const n = found.kind === 'person' ? withoutWeekday(b, splitComplement(b, found)) : null;
      if (n && n.name.includes(' ') && !inLabel(b, n) && !endsInOffice(n) && !afterArticle(b, n) && !(n.title !== null && isTitledNonPerson(n, writtenLowercase))) multi.push(n);
    }
    if (meter.spend(b.names.length)) yield;
  }
  const wordCounts = new Map(multi.map((n) => [n, n.name.split(' ').length])); // counted once, not per comparison
  multi.sort((a, b) => wordCounts.get(b)! - wordCounts.get(a)!);
  for (const n of multi) {
    if (!fuller(n.name)) register(n.name);
    if (meter.spend(1)) yield;
  }

  // 2. every mention, in reading order
  const mentionsByBlock: PersonMention[][] = blocks.map(() => []);
  let recent: PersonEntity[] = [];
  const resolve = (name: string, title: string | null): PersonEntity | null => {
    const candidates = withSurname(key(name.split(' ').pop() ?? '')).filter((e) => containsInOrder(e.words, words(name)));
    if (!candidates.length) return null;
    // "Vice President Biden" among Joe and Hunter Biden: the one who holds that title, or else the one
    // the article introduced first (an office goes with the main namesake, not the most recent one)
    const office = title && !COURTESY_TITLES.has(title) ? title.toLowerCase() : null;
    if (office && candidates.length > 1) return candidates.find((e) => e.role?.toLowerCase().includes(office)) ?? firstIntroduced(candidates);
    for (const r of recent) if (candidates.includes(r)) return r;
    return fuller(name) ?? candidates[0];
  };
  let lastBefore: PersonEntity | null = null; // the last person named in the blocks before this one
  for (const b of blocks) {
    let previous: { name: NameMatch; roleBefore: string | null; entity: PersonEntity } | null = null;
    for (const found of b.names) {
      if (meter.spend(1)) yield;
      if (found.kind === 'organisation' || found.kind === 'place' || inLabel(b, found)) continue;
      const n = found.kind === 'person' ? withoutWeekday(b, splitComplement(b, found)) : found;
      // "CEO of Take-Two": what a title ending in "of" or "for" runs into is an institution
      if (!n || (n.title !== null && TITLE_RUNS_INTO.test(n.title)) || afterArticle(b, n)) continue;
      let e = resolve(n.name, n.title);
      if (!e && n.title !== null && n.kind === 'person' && !isTitledNonPerson(n, writtenLowercase)) e = register(n.name);
      // "Johnson, 17, said", "Pelosi, D-Calif., said": a lone name with an age or a party tag is a person's
      if (!e && n.title === null && !n.name.includes(' ') && n.kind !== 'organisation' && !b.isCaption && quoteAt(b, n.start) < 0 && AGE_OR_PARTY.test(b.text.slice(n.end, n.end + 12))) e = register(n.name);
      if (!e) continue;
      // "cabinet ministers Jonathan Moyo and Saviour Kasukuwere", "Sens. Warren, Sanders and Booker": later names share the role
      const gap: number = previous ? n.firstToken - previous.name.lastToken - 1 : 0;
      const between: string = gap === 1 ? b.tokens[n.firstToken - 1].text : gap === 2 ? `${b.tokens[n.firstToken - 2].text} ${b.tokens[n.firstToken - 1].text}` : '';
      const shared: string | null = previous ? sharedRole(between, previous.roleBefore) : null;
      const before: string | null = roleBefore(b, n) ?? shared;
      const listedWith = previous && between === 'and' ? previous.entity : null;
      previous = { name: n, roleBefore: before, entity: e };
      // an author's desk in a byline ("By Jane Roe, chief political correspondent") is no office of theirs
      if (!b.isByline) {
        // every role the mention gives counts: "another witness, Alexander Vindman, who is the White House … expert"
        const after = roleAfter(b, n);
        for (const role of [personalTitleRole(n.title), before, after, rolePredicate(b, n)]) {
          if (!role) continue;
          const official = isOfficialRole(role);
          // the role shown is the first one, unless a later one is an office and it is not
          if (!e.role || (official && !e.official)) e.role = role;
          if (official) e.official = true;
        }
        // "Ana Ruiz and Tom Berg, both senators," / "…, the company’s co-founders,": a plural role after a pair is both people's
        if (listedWith && after && PLURAL_AFTER.test(after) && isOfficialRole(after)) {
          if (!listedWith.official) listedWith.role = after;
          listedWith.official = true;
        }
        if (!e.official && holdsOffice(b, n)) e.official = true;
      }
      if (n.title) {
        const t = n.title.split(' ')[0];
        if (FEMALE_TITLES.has(t)) e.gender = 'f';
        else if (MALE_TITLES.has(t)) e.gender = 'm';
      }
      e.mentions.push({ block: b.index, ...toOriginal(b.clean, n.start, n.end) });
      mentionsByBlock[b.index].push({ entity: e, block: b.index, start: n.start, end: n.end, firstToken: n.firstToken, lastToken: n.lastToken, inQuote: quoteAt(b, n.start) >= 0 });
      recent = [e, ...recent.filter((r) => r !== e)].slice(0, 8);
    }
    if (!b.isByline && !b.isCaption) rolesOfPronouns(b, mentionsByBlock[b.index], lastBefore);
    const mentions = mentionsByBlock[b.index];
    if (mentions.length && !b.isCaption) lastBefore = mentions[mentions.length - 1].entity;
  }
  yield* voteGenders(blocks, mentionsByBlock, meter);
  // where neither a title nor the article's pronouns tell, a common given name does
  for (const e of entities) e.gender ??= givenNameGender(e.name.split(' ')[0]);
  const lookup = (name: string) => {
    const candidates = withSurname(key(name.split(' ').pop() ?? '')).filter((e) => containsInOrder(e.words, words(name)));
    return candidates.length ? (fuller(name) ?? candidates[0]) : null;
  };
  return { entities: entities.filter((e) => e.mentions.length > 0), mentionsByBlock, lookup };
}

const MALE_PRONOUNS = new Set(['he', 'his', 'him', 'himself']);
const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);
const GENDER_WINDOW = 20;

/** The first he/his or she/her after a mention (before any other person is named) votes for its gender. */
function* voteGenders(blocks: BlockInfo[], mentionsByBlock: PersonMention[][], meter: StepMeter): Steps<void> {
  const votes = new Map<PersonEntity, number>();
  for (const b of blocks) {
    const mentions = mentionsByBlock[b.index];
    if (meter.spend(mentions.length)) yield;
    mentions.forEach((m, i) => {
      if (m.inQuote || m.entity.gender || !maySubject(b, m)) return;
      const stop = Math.min(mentions[i + 1]?.firstToken ?? b.tokens.length, m.lastToken + 1 + GENDER_WINDOW, b.tokens.length);
      for (let k = m.lastToken + 1; k < stop; k++) {
        const w = b.tokens[k].text.toLowerCase();
        const vote = MALE_PRONOUNS.has(w) ? 1 : FEMALE_PRONOUNS.has(w) ? -1 : 0;
        if (vote) {
          votes.set(m.entity, (votes.get(m.entity) ?? 0) + vote);
          return;
        }
      }
    });
  }
  for (const [e, v] of votes) if (v !== 0) e.gender = v > 0 ? 'm' : 'f';
}

const PREPOSITIONS = new Set(['to', 'of', 'for', 'with', 'at', 'by', 'from', 'on', 'in', 'about', 'against', 'toward', 'towards', 'than']);

/**
 * A mention that can be its clause's subject, the likely antecedent of the next "he" or "she": not a
 * possessive ("Omar’s office, in which he said") and not the object of a preposition ("harm to Omar").
 */
export function maySubject(b: BlockInfo, m: PersonMention): boolean {
  if (/['’]s?$/.test(b.tokens[m.lastToken].text) || /^['’]/.test(b.tokens[m.lastToken + 1]?.text ?? '')) return false;
  return !PREPOSITIONS.has(b.tokens[m.firstToken - 1]?.text.toLowerCase() ?? '');
}

function isTitleCaseHeading(b: BlockInfo): boolean {
  if (b.kind !== 'heading') return false;
  const long = b.tokens.filter((t) => t.text.length > 3 && /^\p{L}/u.test(t.text));
  return long.length >= 3 && long.every((t) => isCapitalised(t.text));
}

/** A name inside a quoted nickname or title (“Great Wall of Riverside”) is not a mention of a person. */
function inLabel(b: BlockInfo, n: NameMatch): boolean {
  const q = quoteAt(b, n.start);
  return q >= 0 && isLabel(b, b.quotes[q]);
}

/** Offices that end a title, never a personal name ("the U.S. Attorney’s Office"). */
const OFFICE_ENDINGS = new Set(['Attorney', 'Attorney-General', 'Administrator', 'Chancellor', 'Commissioner', 'Spokesman', 'Spokeswoman', 'Spokesperson']);
const RUNS_ON = /\b(?:of|for)\b/;
const TITLE_RUNS_INTO = /\b(?:of|for)$/;
const POSSESSIVE_END = /['’]s$/;
/** The role a listed name shares with the one before it: across "and", or across a comma when the role is plural. */
function sharedRole(between: string, role: string | null): string | null {
  if (!role) return null;
  // "Moyo and Kasukuwere"; "Warren, Sanders" and "Warren, Sanders, and Booker" only for a plural role
  if (between === 'and') return role;
  return (between === ',' || between === ', and') && PLURAL_ROLE.test(role) ? role : null;
}
const PLURAL_AFTER = /^both\b|s$/;
const PLURAL_ROLE = /(?:s|s\.)$/;

const SUBJECT_PRONOUNS = new Set(['He', 'She']);
const SENTENCE_ENDS = new Set(['.', '!', '?', '”', '"']);

/**
 * "Hege runs the agency. She is the CEO of DH.": a sentence that opens with he or she and a copula gives
 * its role to the person named last before it (in the block, or else at the end of the block before).
 * Only an office counts.
 */
function rolesOfPronouns(b: BlockInfo, mentions: PersonMention[], lastBefore: PersonEntity | null): void {
  for (let i = 0; i < b.tokens.length - 2; i++) {
    const t = b.tokens[i];
    if (!SUBJECT_PRONOUNS.has(t.text) || (i > 0 && !SENTENCE_ENDS.has(b.tokens[i - 1].text))) continue;
    const verb = b.tokens[i + 1].text;
    if ((verb !== 'is' && verb !== 'was') || quoteAt(b, t.start) >= 0) continue;
    let antecedent = lastBefore;
    for (const m of mentions) if (m.lastToken < i) antecedent = m.entity;
    // "Ms. Ruiz …. He is the mayor": a gender known from a title must agree
    if (!antecedent || (antecedent.gender && antecedent.gender !== (t.text === 'He' ? 'm' : 'f'))) continue;
    const pronoun: NameMatch = { firstToken: i, lastToken: i, start: t.start, end: t.end, name: t.text, title: null, kind: 'unknown' };
    const role = roleAfter(b, pronoun);
    if (!isOfficialRole(role)) continue;
    if (!antecedent.official) antecedent.role = role;
    antecedent.official = true;
  }
}

const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/** "President Trump Tuesday signed …": a weekday after a name is the date, not a surname. Null when nothing else is left. */
function withoutWeekday(b: BlockInfo, n: NameMatch): NameMatch | null {
  const last = b.tokens[n.lastToken];
  if (!WEEKDAYS.has(last.text) || last.end !== n.end) return n;
  const end = b.tokens[n.lastToken - 1]?.end ?? n.start;
  if (end <= n.start) return null;
  return { ...n, lastToken: n.lastToken - 1, end, name: b.text.slice(n.start, end) };
}

const ARTICLES = new Set(['the', 'a', 'an', 'The', 'A', 'An']);

/** "the British royal", "a member of the British Realm": a name right after an article, with no title, is no person's. */
function afterArticle(b: BlockInfo, n: NameMatch): boolean {
  return n.title === null && ARTICLES.has(b.tokens[n.firstToken - 1]?.text ?? '');
}

/** "U.S. Attorney": an office, not a person. */
function endsInOffice(n: NameMatch): boolean {
  return OFFICE_ENDINGS.has(n.name.slice(n.name.lastIndexOf(' ') + 1));
}

/**
 * A titled word that is no person: an office ("U.S. Attorney"), a place or institution word ("the Argus
 * Leader of Sioux Falls"), or, after a title that runs on with "of"/"for" or ends in a possessive, a
 * lone word or an ordinary word the article also writes in lowercase ("High Commissioner for Human
 * Rights", "VP of Platform Engineering", "the Agency's Future Technology Panel").
 */
function isTitledNonPerson(n: NameMatch, writtenLowercase: (word: string) => boolean): boolean {
  const words = n.name.split(' ');
  const last = words[words.length - 1];
  if (OFFICE_ENDINGS.has(last)) return true;
  if (words.length === 1 && (PLACE_WORDS.has(last) || ORGANISATION_WORDS.has(last))) return true;
  const title = n.title ?? '';
  const runsOn = RUNS_ON.test(title) || POSSESSIVE_END.test(title);
  // a single word after such a title ends the institution ("VP of Platform Engineering"); a surname there joins a full name named elsewhere
  return runsOn && (words.length === 1 || writtenLowercase(words[0]));
}

/** Names the article writes as one word ("Volker said"), keyed as entity words are. */
function standaloneNames(blocks: BlockInfo[]): Set<string> {
  const names = new Set<string>();
  for (const b of blocks) for (const n of b.names) if (!n.name.includes(' ')) names.add(key(n.name));
  return names;
}

/** Words the article writes in lowercase (built once per article, and only when a titled name needs it). */
function lowercaseWords(blocks: BlockInfo[]): Set<string> {
  const words = new Set<string>();
  for (const b of blocks) for (const t of b.tokens) if (startsLowercase(t.text)) words.add(t.text);
  return words;
}

function personalTitleRole(title: string | null): string | null {
  if (!title) return null;
  const first = title.split(' ')[0];
  return COURTESY_TITLES.has(first) && !title.includes(' ') ? null : title;
}

/** The entity mentioned first in the article (registration order when none is mentioned yet). */
function firstIntroduced(candidates: PersonEntity[]): PersonEntity {
  const at = (e: PersonEntity) => (e.mentions[0] ? e.mentions[0].block * 1e6 + e.mentions[0].start : Infinity);
  return candidates.reduce((a, b) => (at(b) < at(a) ? b : a));
}

const sameSurname = (a: string, b: string) => a === b || spelling(a) === spelling(b);

/** Whether `needle`'s words appear in `haystack` in order; a given name may appear as a variant of itself ("Tom" for "Thomas"). */
function containsInOrder(haystack: string[], needle: string[]): boolean {
  let i = 0;
  for (let k = 0; k < haystack.length && i < needle.length; k++) {
    const w = haystack[k];
    const variant = i < needle.length - 1 && k < haystack.length - 1 ? isNameVariant(w, needle[i]) : i === needle.length - 1 && k === haystack.length - 1 && sameSurname(w, needle[i]);
    if (w === needle[i] || variant) i++;
  }
  return i === needle.length;
}

/** One spelling of a given name for another: "olexiy"/"oleksiy", "tom"/"thomas", "dan"/"daniel"; never across genders ("eric"/"erica"). */
function isNameVariant(a: string, b: string): boolean {
  if (a.length < 3 || b.length < 3 || INITIAL_WORD.test(a) || INITIAL_WORD.test(b)) return false;
  const [x, y] = [spelling(a), spelling(b)];
  if (!(x.startsWith(y) || y.startsWith(x))) return false;
  const ga = givenNameGender(capitalise(a));
  const gb = givenNameGender(capitalise(b));
  return !(ga && gb && ga !== gb);
}

const INITIAL_WORD = /^\p{L}\.$/u;
const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/** A rough phonetic spelling: x as ks, ph as f, no h, a final y as i, no doubled letters ("Zelenskiy", "Zelenskyy" → "zelenski"). */
const spelling = (w: string) => w.replace(/x/g, 'ks').replace(/ph/g, 'f').replace(/h/g, '').replace(/y+$/, 'i').replace(/(.)\1+/g, '$1');

/** What follows a name that shows a person: an age, a party tag or an appositive ("Johnson, 17,", "Pelosi, D-Calif.,", "Biden, the former vice president"). */
const PERSON_APPOSITIVE = /^,\s*(?:\d{1,3},|[DRI]-|who\s|(?:a|an|the|his|her)\s+(?:former\s+|then-)?\p{Ll})/u;

/** The next pronoun after a name in its paragraph, outside quotes: "he"/"she" for a person, "it"/"its" for a body. */
const NEXT_PRONOUN = /\b(he|she|his|her|him|it|its)\b/i;
const PERSONAL = new Set(['he', 'she', 'his', 'her', 'him']);

export function referredToAsPerson(text: string, end: number): boolean {
  const m = NEXT_PRONOUN.exec(text.slice(end, end + 300).replace(/[“"][^”"]*[”"]/g, ' '));
  return m !== null && PERSONAL.has(m[1].toLowerCase());
}

const AGE_OR_PARTY = /^,\s*(?:\d{1,3},|[DRI]-)/;

export function describedAsPerson(text: string, end: number): boolean {
  return PERSON_APPOSITIVE.test(text.slice(end, end + 40));
}
