// Turns a cue's subject into a speaker: names → the person's full name or the organisation,
// pronouns → the nearest compatible person mentioned earlier (photo captions skipped),
// descriptions → the person holding that role, the organisation, or an anonymous source.
import type { Subject } from './cues';
import type { BlockInfo } from './document';
import { quoteAt } from './document';
import { ORGANISATION_NOUNS } from './lexicon';
import type { People, PersonEntity } from './people';
import type { SpeakerKind } from './types';

export interface Speaker {
  speaker: string | null;
  kind: SpeakerKind;
  person: PersonEntity | null;
  how: string;
}

const LOOKBACK_BLOCKS = 6;
const ANONYMOUS: Omit<Speaker, 'how'> = { speaker: null, kind: 'anonymous', person: null };

export class SpeakerResolver {
  constructor(private blocks: BlockInfo[], private people: People) {}

  resolve(subject: Subject, block: number): Omit<Speaker, 'how'> {
    switch (subject.kind) {
      case 'name':
        return this.fromName(subject.name.name, subject.name.kind, block, subject.name.start);
      case 'pronoun':
        return this.fromPronoun(subject.word, block, subject.position);
      case 'description':
        if (subject.appositiveName) return this.fromName(subject.appositiveName.name, subject.appositiveName.kind, block, subject.appositiveName.start);
        return this.fromDescription(subject.head, subject.definite, block, subject.position);
    }
  }

  private fromName(name: string, kind: string, block: number, start: number): Omit<Speaker, 'how'> {
    if (kind !== 'organisation') {
      // the mention at this very place was already resolved in reading order (recency-aware)
      const person = this.people.mentionsByBlock[block].find((m) => m.start === start)?.entity ?? this.people.lookup(name);
      if (person) return { speaker: person.name, kind: 'person', person };
      if (kind === 'person') return { speaker: name, kind: 'person', person: null };
    }
    return { speaker: name, kind: 'organisation', person: null };
  }

  private fromPronoun(word: string, block: number, position: number): Omit<Speaker, 'how'> {
    if (word === 'he' || word === 'she') {
      const gender = word === 'he' ? 'm' : 'f';
      const person = this.previousPerson(block, position, (e) => e.gender === null || e.gender === gender);
      if (person) {
        if (!person.gender) person.gender = gender;
        return { speaker: person.name, kind: 'person', person };
      }
      return { speaker: null, kind: 'unknown', person: null };
    }
    if (word === 'it') {
      const org = this.previousOrganisation(block, position);
      if (org) return { speaker: org, kind: 'organisation', person: null };
    }
    return { speaker: null, kind: 'unknown', person: null };
  }

  private fromDescription(head: string, definite: boolean, block: number, position: number): Omit<Speaker, 'how'> {
    if (!definite) return ANONYMOUS;
    if (ORGANISATION_NOUNS.has(head)) {
      const org = this.previousOrganisation(block, position);
      return org ? { speaker: org, kind: 'organisation', person: null } : ANONYMOUS;
    }
    const person = this.previousPerson(block, position, (e) => (e.role ?? '').toLowerCase().includes(head));
    return person ? { speaker: person.name, kind: 'person', person } : ANONYMOUS;
  }

  /**
   * The person mentioned most recently before (block, position) outside quotes, skipping captions;
   * within that sentence, the first one mentioned (usually its subject) wins.
   */
  previousPerson(block: number, position: number, accept: (e: PersonEntity) => boolean): PersonEntity | null {
    for (let b = block, seen = 0; b >= 0 && seen <= LOOKBACK_BLOCKS; b--) {
      if (b !== block && this.blocks[b].isCaption) continue;
      seen++;
      const mentions = this.people.mentionsByBlock[b];
      for (let i = mentions.length - 1; i >= 0; i--) {
        const m = mentions[i];
        if (m.inQuote || (b === block && m.start >= position) || !accept(m.entity)) continue;
        let best = m;
        for (let j = i - 1; j >= 0; j--) {
          const o = mentions[j];
          if (sentenceBreakBetween(this.blocks[b].text, o.end, best.start)) break;
          if (!o.inQuote && accept(o.entity)) best = o;
        }
        return best.entity;
      }
    }
    return null;
  }

  /** The organisation named most recently before (block, position); written-out names beat acronyms. */
  private previousOrganisation(block: number, position: number): string | null {
    let acronym: string | null = null;
    for (let b = block, seen = 0; b >= 0 && seen <= LOOKBACK_BLOCKS; b--) {
      const info = this.blocks[b];
      if (b !== block && info.isCaption) continue;
      seen++;
      for (let i = info.names.length - 1; i >= 0; i--) {
        const n = info.names[i];
        if (n.kind !== 'organisation' || (b === block && n.start >= position) || quoteAt(info, n.start) >= 0) continue;
        if (n.name.includes(' ')) return n.name;
        acronym ??= n.name;
      }
    }
    return acronym;
  }
}

function sentenceBreakBetween(text: string, from: number, to: number): boolean {
  return /[.!?]\s/.test(text.slice(from, to));
}
