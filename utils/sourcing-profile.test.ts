// The profile against articles counted by hand: each article's quotes, their words and their
// speakers were counted in sourcing-profile.fixtures.ts, then the engine is run and the profile must agree.
import { describe, expect, it } from 'vitest';
import { analyze, blocksFromText } from '../engine/index';
import { canonicalSpeakers } from './speaker-names';
import { COUNCIL, RIVER, ROAD } from './sourcing-profile.fixtures';
import { inPart, profileQuotes, sourcingProfile, wordCount, type ProfilePart, type ProfileQuote } from './sourcing-profile';

const profileOf = (text: string) => {
  const { quotes, people } = analyze(blocksFromText(text));
  const pq = profileQuotes(quotes, people);
  return { pq, profile: sourcingProfile(pq) };
};
const textsIn = (pq: ProfileQuote[], part: ProfilePart) => pq.filter((q) => inPart(q, part)).map((q) => q.text);

describe('sourcingProfile on hand-counted articles', () => {
  it('council: two officials and one unnamed resident', () => {
    const { pq, profile } = profileOf(COUNCIL);
    expect(profile).toMatchObject({ quotes: 4, words: 32 });
    expect(profile.voices).toEqual({ named: 2, people: 2, organisations: 0 });
    expect(profile.speakers.map((s) => [s.speaker, s.kind, s.official, s.quotes, s.words])).toEqual([
      ['Ana Reyes', 'person', true, 2, 17],
      ['Tom Berger', 'person', true, 1, 12],
    ]);
    expect(profile.speakers[0].share).toBeCloseTo(17 / 32);
    expect(profile.named).toEqual({ quotes: 3, words: 29 });
    expect(profile.nameless).toEqual({ quotes: 1, words: 3 });
    expect(profile.unnamed).toEqual({ quotes: 1, words: 3 });
    expect(profile.unattributed).toEqual({ quotes: 0, words: 0 });
    expect(profile.officials).toEqual({ quotes: 3, words: 29 });
    expect(profile.others).toEqual({ quotes: 1, words: 3 });
    expect(textsIn(pq, { part: 'unnamed' })).toEqual(['Nobody asked us.']);
    expect(textsIn(pq, { part: 'speaker', speaker: 'Ana Reyes' })).toHaveLength(2);
  });

  it('river: an organisation, a person who holds no office, and an unattributed quote', () => {
    const { pq, profile } = profileOf(RIVER);
    expect(profile).toMatchObject({ quotes: 4, words: 22 });
    expect(profile.voices).toEqual({ named: 2, people: 1, organisations: 1 });
    expect(profile.speakers.map((s) => [s.speaker, s.kind, s.official, s.quotes, s.words])).toEqual([
      ['Jo Park', 'person', false, 2, 8],
      ['Environment Agency', 'organisation', false, 1, 4],
    ]);
    expect(profile.speakers.map((s) => s.share)).toEqual([8 / 22, 4 / 22]);
    expect(profile.unnamed).toEqual({ quotes: 0, words: 0 });
    expect(profile.unattributed).toEqual({ quotes: 1, words: 10 });
    expect(profile.officials).toEqual({ quotes: 0, words: 0 });
    expect(profile.others).toEqual({ quotes: 4, words: 22 });
    expect(textsIn(pq, { part: 'unattributed' })).toEqual(['We were promised a wall in 2019 and nothing happened,']);
    expect(textsIn(pq, { part: 'organisation' })).toEqual(['River levels are falling.']);
  });

  it('road: an official against an unnamed witness', () => {
    const { pq, profile } = profileOf(ROAD);
    expect(profile).toMatchObject({ quotes: 2, words: 17 });
    expect(profile.voices).toEqual({ named: 1, people: 1, organisations: 0 });
    expect(profile.officials).toEqual({ quotes: 1, words: 10 });
    expect(profile.others).toEqual({ quotes: 1, words: 7 });
    expect(textsIn(pq, { part: 'official' })).toEqual(['We have cleared the debris and the bridge is safe,']);
    expect(textsIn(pq, { part: 'others' })).toEqual(['I have never seen anything like it,']);
  });
});

describe('sourcingProfile on what notes record', () => {
  // A note keeps its quote's speaker, not the speaker's kind or official flag.
  const note = (text: string, speaker: string | null): ProfileQuote => ({ text, speaker, speakerKind: null, official: null });

  it('counts named voices and quotes without a speaker, and leaves out what was not recorded', () => {
    const profile = sourcingProfile([note('one two three', 'Ana Reyes'), note('four five', null), note('six', 'Ana Reyes')]);
    expect(profile.voices).toEqual({ named: 1, people: null, organisations: null });
    expect(profile.named).toEqual({ quotes: 2, words: 4 });
    expect(profile.nameless).toEqual({ quotes: 1, words: 2 });
    expect(profile.unnamed).toBeNull();
    expect(profile.unattributed).toBeNull();
    expect(profile.officials).toBeNull();
    expect(profile.speakers[0]).toMatchObject({ speaker: 'Ana Reyes', kind: null, official: null, share: 4 / 6 });
  });

  it('is empty, not divided by zero, with no quotes', () => {
    expect(sourcingProfile([])).toMatchObject({ quotes: 0, words: 0, speakers: [], officials: { quotes: 0, words: 0 } });
  });
});

describe('helpers', () => {
  it('wordCount counts runs with a letter or digit, not a lone dash', () => {
    expect(wordCount('  Slow down - children playing, 20 mph ')).toBe(6);
    expect(wordCount('')).toBe(0);
  });

  it('a one-word speaker counts under the one fuller name ending in it, and is an official when that name is', () => {
    expect(canonicalSpeakers(['Lopes', 'Rosaly Lopes', 'Smith', 'Ann Smith', 'Bo Smith'])).toEqual(
      new Map([['Lopes', 'Rosaly Lopes'], ['Rosaly Lopes', 'Rosaly Lopes'], ['Smith', 'Smith'], ['Ann Smith', 'Ann Smith'], ['Bo Smith', 'Bo Smith']]),
    );
    const pq = profileQuotes(
      [
        { text: 'a b', speaker: 'Rosaly Lopes', speakerKind: 'person' },
        { text: 'c', speaker: 'Lopes', speakerKind: 'person' },
      ],
      [{ name: 'Rosaly Lopes', official: true }],
    );
    expect(pq.map((q) => [q.speaker, q.official])).toEqual([['Rosaly Lopes', true], ['Rosaly Lopes', true]]);
    expect(sourcingProfile(pq).speakers).toMatchObject([{ speaker: 'Rosaly Lopes', quotes: 2, words: 3, share: 1 }]);
  });
});
