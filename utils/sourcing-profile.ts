// Who gets heard on a page: its sourcing profile, counted from the engine's output only (quotes with
// their speaker and kind, people with their official flag), never from a second reading of the text.
// Plain data in, plain data out: the popup, the notes page and the CLI share it.
import type { SpeakerKind } from '../engine/types';
import { canonicalSpeakers } from './speaker-names';

/**
 * A quote as the profile needs it, its speaker under the one name it is counted by (see
 * speaker-names.ts; merged within one page only). `speakerKind` and `official` are null where they
 * were not recorded (a note keeps its quote's speaker and role, not the speaker's kind or official flag).
 */
export interface ProfileQuote {
  text: string;
  speaker: string | null;
  speakerKind: SpeakerKind | null;
  official: boolean | null;
}

export interface Tally {
  quotes: number;
  words: number;
}

export interface SpeakerShare extends Tally {
  speaker: string;
  kind: 'person' | 'organisation' | null;
  official: boolean | null;
  /** This speaker's share of all quoted words on the page, 0..1. */
  share: number;
}

export interface SourcingProfile extends Tally {
  /** Named speakers, most quoted words first (first appearance breaks ties). */
  speakers: SpeakerShare[];
  /** Distinct named voices; people and organisations are null when the kinds were not recorded. */
  voices: { named: number; people: number | null; organisations: number | null };
  named: Tally;
  /** Quotes with no named speaker: unnamed sources and unattributed quotes together. */
  nameless: Tally;
  /** Unnamed sources ("a senior official said") and quotes left unattributed; null when kinds were not recorded. */
  unnamed: Tally | null;
  unattributed: Tally | null;
  /** Quotes by officials against all other quotes; null when officials were not recorded. */
  officials: Tally | null;
  others: Tally | null;
}

/** A part of the profile a reader can pick to see only its quotes. */
export type ProfilePart =
  | { part: 'speaker'; speaker: string }
  | { part: 'person' | 'organisation' | 'named' | 'nameless' | 'unnamed' | 'unattributed' | 'official' | 'others' };

/** Words in a quote: whitespace-separated runs holding a letter or digit (a lone dash is not a word). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * One page's quotes as the engine gives them, each speaker under its one name and with its official
 * flag: an official is a speaker the engine's people list marks official.
 */
export function profileQuotes(
  quotes: readonly { text: string; speaker: string | null; speakerKind: SpeakerKind }[],
  people: readonly { name: string; official: boolean }[],
): ProfileQuote[] {
  const officials = new Set(people.filter((p) => p.official).map((p) => p.name));
  const named = speakerNames(quotes);
  return quotes.map(({ text, speaker, speakerKind }) => ({
    text,
    speaker: named(speaker),
    speakerKind,
    official: speaker !== null && (officials.has(speaker) || officials.has(named(speaker)!)),
  }));
}

/** Maps one page's speakers to the names they are counted by. */
export function speakerNames(quotes: readonly { speaker: string | null }[]): (speaker: string | null) => string | null {
  const canonical = canonicalSpeakers(quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])));
  return (speaker) => (speaker === null ? null : canonical.get(speaker)!);
}

/** Whether a quote counts in a part of the profile: the quotes that part's button shows. */
export function inPart(q: ProfileQuote, p: ProfilePart): boolean {
  switch (p.part) {
    case 'speaker':
      return q.speaker === p.speaker;
    case 'person':
    case 'organisation':
      return q.speaker !== null && q.speakerKind === p.part;
    case 'named':
      return q.speaker !== null;
    case 'nameless':
      return q.speaker === null;
    case 'unnamed':
      return q.speaker === null && q.speakerKind === 'anonymous';
    case 'unattributed':
      return q.speaker === null && q.speakerKind === 'unknown';
    case 'official':
      return q.official === true;
    case 'others':
      return q.official === false;
  }
}

export function sourcingProfile(quotes: readonly ProfileQuote[]): SourcingProfile {
  const kindsKnown = quotes.every((q) => q.speakerKind !== null);
  const officialsKnown = quotes.every((q) => q.official !== null);
  const tally = (part: ProfilePart): Tally => {
    const t = { quotes: 0, words: 0 };
    for (const q of quotes) if (inPart(q, part)) add(t, wordCount(q.text));
    return t;
  };

  const bySpeaker = new Map<string, SpeakerShare>();
  for (const q of quotes) {
    if (q.speaker === null) continue;
    let s = bySpeaker.get(q.speaker);
    if (!s) {
      const kind = q.speakerKind === 'person' || q.speakerKind === 'organisation' ? q.speakerKind : null;
      s = { speaker: q.speaker, kind, official: q.official, quotes: 0, words: 0, share: 0 };
      bySpeaker.set(q.speaker, s);
    }
    if (q.official) s.official = true;
    add(s, wordCount(q.text));
  }
  const all = tally({ part: 'named' });
  const nameless = tally({ part: 'nameless' });
  const words = all.words + nameless.words;
  const speakers = [...bySpeaker.values()].sort((a, b) => b.words - a.words);
  for (const s of speakers) s.share = words ? s.words / words : 0;

  return {
    quotes: quotes.length,
    words,
    speakers,
    voices: {
      named: speakers.length,
      people: kindsKnown ? speakers.filter((s) => s.kind === 'person').length : null,
      organisations: kindsKnown ? speakers.filter((s) => s.kind === 'organisation').length : null,
    },
    named: all,
    nameless,
    unnamed: kindsKnown ? tally({ part: 'unnamed' }) : null,
    unattributed: kindsKnown ? tally({ part: 'unattributed' }) : null,
    officials: officialsKnown ? tally({ part: 'official' }) : null,
    others: officialsKnown ? tally({ part: 'others' }) : null,
  };
}

function add(t: Tally, words: number): void {
  t.quotes++;
  t.words += words;
}
