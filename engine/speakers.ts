// Turns a cue's subject into a speaker: names → the person's full name or the organisation,
// pronouns → the nearest compatible person mentioned earlier (photo captions skipped),
// descriptions → the person holding that role, the organisation, or an anonymous source.
import type { Subject } from './subjects';
import type { BlockInfo } from './document';
import { blocksBack, quoteAt } from './document';
import { Descriptors } from './descriptors';
import { isGivenName } from './given-names';
import { DOCUMENT_NOUNS, ORGANISATION_NOUNS } from './lexicon';
import { describedAsPerson, maySubject, referredToAsPerson, type People, type PersonEntity, type PersonMention } from './people';
import { isSentenceEnd } from './tokens';
import type { SpeakerKind } from './types';

export interface Speaker {
  speaker: string | null;
  kind: SpeakerKind;
  person: PersonEntity | null;
  how: string;
}

const LOOKBACK_BLOCKS = 6;
const AGE = /^\d+-year-old$/;
/** Plural nouns for people ("officials", "residents"): what "they" more likely refers to than an organisation. */
const PLURAL_GROUP = /\b(?:officials|residents|researchers|scientists|experts|analysts|critics|officers|members|workers|employees|students|parents|families|people|leaders|lawmakers|protesters|activists|authors|doctors|investigators|farmers|voters|fans|players|they|both)\b/i;
const ANONYMOUS: Omit<Speaker, 'how'> = { speaker: null, kind: 'anonymous', person: null };

/** A person entity whose name leads with a common given name, or who has a title, gender or role: no club or place named like a person. */
const isSurelyHuman = (e: PersonEntity) => isGivenName(e.name.split(' ')[0]) || e.gender !== null || e.role !== null;

export class SpeakerResolver {
  private descriptors: Descriptors;

  constructor(
    private blocks: BlockInfo[],
    private people: People,
  ) {
    this.descriptors = new Descriptors(blocks, people);
  }

  resolve(subject: Subject, block: number): Omit<Speaker, 'how'> {
    switch (subject.kind) {
      case 'name':
        return this.fromName(subject.name.name, subject.name.kind, block, subject.name.start);
      case 'pronoun':
        return this.fromPronoun(subject.word, block, subject.position);
      case 'description':
        if (subject.appositiveName) return this.fromName(subject.appositiveName.name, subject.appositiveName.kind, block, subject.appositiveName.start);
        return this.fromDescription(subject.head, subject.definite, block, subject.position, subject.text);
    }
  }

  private fromName(name: string, kind: string, block: number, start: number): Omit<Speaker, 'how'> {
    if (kind !== 'organisation') {
      // the mention at this very place was already resolved in reading order (recency-aware)
      // ("ambassador to Britain Liu Xiaming": the mention may start inside the name the cue saw, its complement split off)
      const mentions = this.people.mentionsByBlock[block];
      const here = mentions.find((m) => m.start === start) ?? mentions.find((m) => m.start > start && m.start < start + name.length);
      const person = here?.entity ?? this.people.lookup(name);
      const text = this.blocks[block].text;
      const described = describedAsPerson(text, start + name.length);
      // "Tottenham said" where the article also wrote "Tottenham Hotspur": a body is shortened to its first word,
      // a person to the surname ("Lopez said" for Feliciano Lopez); for a first word, without a given name, a title,
      // a gender, a role or an appositive here ("said Sowers, who …") nothing shows the longer name is a person's,
      // so the speaker stays as written
      const shortened = person !== null && !name.includes(' ') && !person.name.endsWith(name);
      if (person && shortened && !described && !isSurelyHuman(person) && this.descriptors.of(person).size === 0) return { speaker: name, kind: 'person', person: null };
      if (person) return { speaker: person.name, kind: 'person', person };
      if (kind === 'person' || described || referredToAsPerson(text, start + name.length)) return { speaker: name, kind: 'person', person: null };
    }
    return { speaker: name, kind: 'organisation', person: null };
  }

  private fromPronoun(word: string, block: number, position: number): Omit<Speaker, 'how'> {
    if (word === 'he' || word === 'she') {
      const gender = word === 'he' ? 'm' : 'f';
      const person = this.previousPerson(block, position, (e) => e.gender === null || e.gender === gender, LOOKBACK_BLOCKS, word);
      if (person) {
        if (!person.gender) person.gender = gender;
        return { speaker: person.name, kind: 'person', person };
      }
      return { speaker: null, kind: 'unknown', person: null };
    }
    if (word === 'it' || word === 'they') {
      // "they" is an organisation only when nothing else that could be plural came in between
      const org = this.previousOrganisation(block, position, null, word === 'they');
      if (org) return { speaker: org, kind: 'organisation', person: null };
    }
    return { speaker: null, kind: 'unknown', person: null };
  }

  /**
   * "Russia's foreign ministry", "the French foreign ministry": a body a proper name qualifies is named as
   * written (without its article); null when only common words describe it ("the ministry").
   */
  private bodyAsWritten(text: string, block: number, position: number): string | null {
    const possessor = /(\p{Lu}[\p{L}.-]*['’]s?)\s+$/u.exec(this.blocks[block].text.slice(Math.max(0, position - 40), position));
    const phrase = text.replace(/^(?:the|its|their)\s+/i, '');
    if (possessor) return `${possessor[1]} ${phrase}`;
    return /\p{Lu}/u.test(phrase) ? phrase : null;
  }

  private fromDescription(head: string, definite: boolean, block: number, position: number, text: string): Omit<Speaker, 'how'> {
    // a document speaks for whoever issued it ("the statement said", "a letter reads")
    if (DOCUMENT_NOUNS.has(head)) return this.issuer(head, block, position);
    if (!definite) return ANONYMOUS;
    if (ORGANISATION_NOUNS.has(head)) {
      const named = this.bodyAsWritten(text, block, position);
      if (named) return { speaker: named, kind: 'organisation', person: null };
      const org = this.previousOrganisation(block, position, head, false);
      return org ? { speaker: org, kind: 'organisation', person: null } : ANONYMOUS;
    }
    // "the 56-year-old said": the person the article was just about
    const age = AGE.test(head);
    const accept = age ? isSurelyHuman : (e: PersonEntity) => this.descriptors.of(e).has(head) || (e.role ?? '').toLowerCase().includes(head);
    const person = this.previousPerson(block, position, accept, age ? 2 : LOOKBACK_BLOCKS);
    return person ? { speaker: person.name, kind: 'person', person } : ANONYMOUS;
  }

  /**
   * Who issued a document that speaks ("the statement read"): whoever opens the sentence that brought in
   * such a document last ("Big Machine Records issued a statement …"), or else the organisation named last.
   */
  private issuer(head: string, block: number, position: number): Omit<Speaker, 'how'> {
    const introduced = this.documentIntroducer(head, block, position);
    if (introduced) return introduced;
    const org = this.previousOrganisation(block, position, null, false, 2);
    return org ? { speaker: org, kind: 'organisation', person: null } : ANONYMOUS;
  }

  /**
   * The person mentioned most recently before (block, position) outside quotes, skipping captions;
   * within that sentence, the first one mentioned (usually its subject) wins. With `pronoun`, a
   * sentence whose subject is already that pronoun ("she was more nervous than Harlan") is passed
   * over: its subject is somebody named earlier.
   */
  previousPerson(block: number, position: number, accept: (e: PersonEntity) => boolean, lookback = LOOKBACK_BLOCKS, pronoun?: string): PersonEntity | null {
    let passedOver: PersonEntity | null = null;
    for (const info of blocksBack(this.blocks, block, lookback)) {
      if (info.isByline) continue; // the author is nobody's antecedent
      const b = info.index;
      const mentions = this.people.mentionsByBlock[b];
      const breaks = this.breakCounts(info);
      for (let i = mentions.length - 1; i >= 0; i--) {
        const m = mentions[i];
        if (m.inQuote || (b === block && m.start >= position) || !accept(m.entity)) continue;
        let best = i;
        for (let j = i - 1; j >= 0; j--) {
          const o = mentions[j];
          if (breaks.upToStart[best] > breaks.beforeEnd[j]) break; // a sentence break between o and the best so far
          // the sentence's subject or its topic ("Taylor Swift’s albums were …"), not a possessive or an
          // object inside it ("The key to Stadia’s success, says Buser")
          if (!o.inQuote && accept(o.entity) && (maySubject(info, o) || sentenceStart(info.text, o.start) === o.start)) best = j;
        }
        // whoever a sentence led by that pronoun names is somebody else ("he was photographed with Epstein": he is not Epstein)
        if (pronoun && (pronounLeads(info, mentions[best].start, pronoun) || mentions[best].entity === passedOver)) {
          passedOver ??= mentions[best].entity;
          i = best;
          continue;
        }
        return mentions[best].entity;
      }
    }
    return passedOver;
  }

  /**
   * The person who opens the sentence right before offset `pos` of a block (the quote's opening
   * mark), when the quote starts a sentence of its own: "Bridenstine expects three rockets. “…”".
   */
  subjectOfSentenceBefore(block: number, pos: number): PersonEntity | null {
    const b = this.blocks[block];
    let end = pos - 1;
    while (end >= 0 && b.text[end] === ' ') end--;
    if (end < 0 || !isSentenceEnd(b.text, end)) return null;
    const start = sentenceStart(b.text, end);
    const first = this.people.mentionsByBlock[block].find((m) => m.start >= start && m.start < end && !m.inQuote);
    // "Swift's rep told Fox News …": a possessive only modifies the subject
    if (!first || b.text.slice(start, first.start).trim() !== '' || /^['’]/.test(b.text.slice(first.end, first.end + 1))) return null;
    return first.entity;
  }

  /** Sentence-break counts of each block's mentions, computed once per block. */
  private breakCache = new Map<number, BreakCounts>();

  private breakCounts(info: BlockInfo): BreakCounts {
    let counts = this.breakCache.get(info.index);
    if (!counts) {
      counts = countBreaks(info.text, this.people.mentionsByBlock[info.index]);
      this.breakCache.set(info.index, counts);
    }
    return counts;
  }

  /** Whether a paragraph strictly between blocks `from` and `to` (captions aside) names someone other than `speaker` outside quotes. */
  otherPersonBetween(from: number, to: number, speaker: Omit<Speaker, 'how'>): boolean {
    // "Tottenham" kept as written is the same speaker as a "Tottenham Hotspur" credited in between
    const same = (e: PersonEntity) => e === speaker.person || (speaker.person === null && speaker.speaker !== null && e.words.includes(speaker.speaker.toLowerCase()));
    for (let b = from + 1; b < to; b++) {
      if (this.blocks[b].isCaption) continue;
      if (this.people.mentionsByBlock[b].some((m) => !m.inQuote && !same(m.entity))) return true;
    }
    return false;
  }

  /**
   * The first name of the sentence holding the last "a/its/his … statement" before (block, position),
   * resolved; null when a sentence since then opened with another name (a new subject, whose statement it may be).
   */
  private documentIntroducer(head: string, block: number, position: number): Omit<Speaker, 'how'> | null {
    const intro = new RegExp(`\\b(?:a|an|its|their|his|her)\\s+(?:\\p{Ll}+\\s+)?${head}\\b`, 'giu');
    const named = (info: BlockInfo, from: number, to: number) =>
      info.names.filter((n) => (n.kind === 'person' || n.kind === 'organisation') && n.start >= from && n.end <= to && quoteAt(info, n.start) < 0);
    for (const info of blocksBack(this.blocks, block, LOOKBACK_BLOCKS)) {
      const to = info.index === block ? position : info.text.length;
      let at = -1;
      for (const m of info.text.slice(0, to).matchAll(intro)) if (quoteAt(info, m.index) < 0) at = m.index;
      const end = at < 0 ? 0 : sentenceEnd(info.text, at);
      if (named(info, end, to).some((n) => opensSentence(info.text, n.start))) return null;
      if (at < 0) continue;
      const n = named(info, sentenceStart(info.text, at), end)[0];
      return n ? this.fromName(n.name, n.kind, info.index, n.start) : null;
    }
    return null;
  }

  /**
   * The organisation named most recently before (block, position); written-out names beat acronyms,
   * and names containing `head` ("the department" → "Department of Conservation") beat others.
   * `strict`: give up when a person or a group of people was mentioned after it ("they").
   */
  private previousOrganisation(block: number, position: number, head: string | null, strict: boolean, lookback = LOOKBACK_BLOCKS): string | null {
    let acronym: string | null = null;
    let nearest: string | null = null;
    const headWord = head ? new RegExp(`\\b${head}\\b`, 'i') : null;
    for (const info of blocksBack(this.blocks, block, strict ? 1 : lookback)) {
      let to = info.index === block ? position : info.text.length;
      for (let i = info.names.length - 1; i >= 0; i--) {
        const n = info.names[i];
        if (n.start >= to || quoteAt(info, n.start) >= 0) continue;
        if (strict && (n.kind === 'person' || PLURAL_GROUP.test(info.text.slice(n.end, to)))) return null;
        to = n.start;
        if (n.kind !== 'organisation') continue;
        if (strict && PLURAL_GROUP.test(info.text.slice(sentenceStart(info.text, n.start), n.start))) return null;
        if (!headWord || headWord.test(n.name)) {
          if (n.name.includes(' ')) return n.name;
          acronym ??= n.name;
        }
        nearest ??= n.name;
      }
      if (strict && PLURAL_GROUP.test(info.text.slice(0, to))) return null;
    }
    return acronym ?? nearest;
  }
}

const PRONOUN_FORMS: Record<string, string> = { he: 'he|his|him', she: 'she|her' };

/** Whether `pronoun` stands outside quotes between the start of the sentence holding `pos` and `pos`. */
function pronounLeads(b: BlockInfo, pos: number, pronoun: string): boolean {
  const from = sentenceStart(b.text, pos);
  // any form of it: "to terminate his friendship with Epstein" is led by "he" as well
  const re = new RegExp(`\\b(?:${PRONOUN_FORMS[pronoun] ?? pronoun})\\b`, 'gi');
  const head = b.text.slice(from, pos);
  for (let m = re.exec(head); m; m = re.exec(head)) {
    if (quoteAt(b, from + m.index) >= 0) continue;
    // a possessive opening the sentence belongs to its subject ("Her mother, Fiona, said"): Fiona may well be "she"
    if (m[0].toLowerCase() !== pronoun && /^[\s,.;:—–-]*$/.test(head.slice(0, m.index).replace(/[“"][^”"]*[”"]/g, ''))) continue;
    return true;
  }
  return false;
}

/** Where the sentence holding offset `pos` starts (looking back a bounded distance). */
function sentenceStart(text: string, pos: number): number {
  for (let i = pos - 1; i > 0 && pos - i < 300; i--) if (text[i] === ' ' && isSentenceEnd(text, i - 1)) return i;
  return Math.max(0, pos - 300);
}

/** Whether a name at `start` opens its sentence ("Lantern Productions denied …", "The Federal Aviation Administration grounded …"). */
function opensSentence(text: string, start: number): boolean {
  return /^\s*(?:the\s+)?$/i.test(text.slice(sentenceStart(text, start), start));
}

/** Where the sentence holding offset `pos` ends (looking ahead a bounded distance). */
function sentenceEnd(text: string, pos: number): number {
  for (let i = pos; i < text.length && i - pos < 300; i++) if (isSentenceEnd(text, i)) return i;
  return Math.min(text.length, pos + 300);
}

/**
 * Per mention (in text order): `upToStart`, the sentence breaks (". ") that end before it starts;
 * `beforeEnd`, those that begin before it ends. A break lies between an earlier mention o and a later
 * mention m when upToStart[m] > beforeEnd[o]: a constant-time test where slicing the text between
 * them would make a long paragraph of many mentions quadratic.
 */
interface BreakCounts {
  upToStart: number[];
  beforeEnd: number[];
}

function countBreaks(text: string, mentions: PersonMention[]): BreakCounts {
  const breaks = mentions.length === 0 ? [] : Array.from(text.matchAll(/[.!?]/g), (m) => m.index).filter((i) => isSentenceEnd(text, i));
  const counts: BreakCounts = { upToStart: [], beforeEnd: [] };
  let upToStart = 0;
  let beforeEnd = 0;
  for (const m of mentions) {
    // the break's whitespace must come before the mention too
    while (upToStart < breaks.length && breaks[upToStart] + 1 < m.start) upToStart++;
    while (beforeEnd < breaks.length && breaks[beforeEnd] < m.end) beforeEnd++;
    counts.upToStart.push(upToStart);
    counts.beforeEnd.push(beforeEnd);
  }
  return counts;
}
