// The article's people: every person name mention grouped under its most complete form,
// with a role and an official flag. Surname-only and titled mentions ("Mr. Obama") join
// the full name introduced anywhere in the article.
import { givenNameGender } from './given-names';
import { COURTESY_TITLES } from './lexicon';
import { quoteAt, type BlockInfo } from './document';
import type { NameMatch } from './names';
import { toOriginal } from './normalize';
import { isOfficialRole, roleAfter, roleBefore } from './roles';
import { isLabel } from './speech';
import { StepMeter, type Steps } from './steps';
import { isCapitalised } from './tokens';
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
  const register = (name: string): PersonEntity => {
    const k = words(name).join(' ');
    let e = byFullName.get(k);
    if (!e) {
      e = { id: entities.length, name, words: words(name), role: null, official: false, gender: null, mentions: [] };
      entities.push(e);
      byFullName.set(k, e);
      for (const w of e.words) byWord.set(w, [...(byWord.get(w) ?? []), e]);
    }
    return e;
  };
  /** A longer registered name that contains all the words of `name`, keeping their order. */
  const fuller = (name: string): PersonEntity | null => {
    const ws = words(name);
    const last = ws[ws.length - 1];
    let best: PersonEntity | null = null;
    for (const e of byWord.get(last) ?? []) {
      if (e.words.length < ws.length || !containsInOrder(e.words, ws)) continue;
      const surnameOrFirst = e.words[e.words.length - 1] === last || e.words[0] === ws[0];
      if (surnameOrFirst && (!best || e.words.length > best.words.length)) best = e;
    }
    return best;
  };

  // 1. full names (two words or more), longest first so that shorter forms merge into them
  const multi: NameMatch[] = [];
  for (const b of blocks) {
    if (isTitleCaseHeading(b) && !b.isByline) continue; // "How Mary Steenburgen Wrote the Song": name boundaries are lost
    for (const n of b.names) if (n.kind === 'person' && n.name.includes(' ') && !inLabel(b, n)) multi.push(n);
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
  const resolve = (name: string): PersonEntity | null => {
    const candidates = (byWord.get(key(name.split(' ').pop() ?? '')) ?? []).filter((e) => containsInOrder(e.words, words(name)));
    if (!candidates.length) return null;
    for (const r of recent) if (candidates.includes(r)) return r;
    return fuller(name) ?? candidates[0];
  };
  for (const b of blocks) {
    let previous: { name: NameMatch; roleBefore: string | null } | null = null;
    for (const n of b.names) {
      if (meter.spend(1)) yield;
      const titled = n.title !== null;
      if (n.kind === 'organisation' || n.kind === 'place' || inLabel(b, n)) continue;
      let e = resolve(n.name);
      if (!e && titled && n.kind === 'person') e = register(n.name);
      if (!e) continue;
      // "cabinet ministers Jonathan Moyo and Saviour Kasukuwere": the second name shares the role
      const shared: string | null = previous && previous.name.lastToken + 2 === n.firstToken && b.tokens[n.firstToken - 1].text === 'and' ? previous.roleBefore : null;
      const before: string | null = roleBefore(b.text, b.tokens, n) ?? shared;
      previous = { name: n, roleBefore: before };
      // an author's desk in a byline ("By Jane Roe, chief political correspondent") is no office of theirs
      const role = b.isByline ? null : (personalTitleRole(n.title) ?? before ?? roleAfter(b.text, b.tokens, n));
      if (role && !e.role) e.role = role;
      if (isOfficialRole(role)) e.official = true;
      if (n.title) {
        const t = n.title.split(' ')[0];
        if (FEMALE_TITLES.has(t)) e.gender = 'f';
        else if (MALE_TITLES.has(t)) e.gender = 'm';
      }
      e.mentions.push({ block: b.index, ...toOriginal(b.clean, n.start, n.end) });
      mentionsByBlock[b.index].push({ entity: e, block: b.index, start: n.start, end: n.end, firstToken: n.firstToken, lastToken: n.lastToken, inQuote: quoteAt(b, n.start) >= 0 });
      recent = [e, ...recent.filter((r) => r !== e)].slice(0, 8);
    }
  }
  yield* voteGenders(blocks, mentionsByBlock, meter);
  // where neither a title nor the article's pronouns tell, a common given name does
  for (const e of entities) e.gender ??= givenNameGender(e.name.split(' ')[0]);
  const lookup = (name: string) => {
    const candidates = (byWord.get(key(name.split(' ').pop() ?? '')) ?? []).filter((e) => containsInOrder(e.words, words(name)));
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
function maySubject(b: BlockInfo, m: PersonMention): boolean {
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

function personalTitleRole(title: string | null): string | null {
  if (!title) return null;
  const first = title.split(' ')[0];
  return COURTESY_TITLES.has(first) && !title.includes(' ') ? null : title;
}

/** Whether `needle`'s words appear in `haystack` in order; a given name may appear as a variant of itself ("Tom" for "Thomas"). */
function containsInOrder(haystack: string[], needle: string[]): boolean {
  let i = 0;
  for (let k = 0; k < haystack.length && i < needle.length; k++) {
    const w = haystack[k];
    if (w === needle[i] || (i < needle.length - 1 && k < haystack.length - 1 && isNameVariant(w, needle[i]))) i++;
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
/** A rough phonetic spelling: x as ks, ph as f, no h, no doubled letters, a final y as i. */
const spelling = (w: string) => w.replace(/x/g, 'ks').replace(/ph/g, 'f').replace(/h/g, '').replace(/(.)\1+/g, '$1').replace(/y$/, 'i');
