import { describe, expect, it } from 'vitest';
import { sourcingProfile, type ProfileQuote } from '@/utils/sourcing-profile';
import { comparisons, namelessText, partLabel, samePart, tallyText } from './profile-labels';

const q = (text: string, speaker: string | null, speakerKind: ProfileQuote['speakerKind'], official: boolean | null): ProfileQuote => ({ text, speaker, speakerKind, official });

describe('profile labels', () => {
  it('say a part’s numbers in words, singular and plural', () => {
    expect(tallyText({ quotes: 1, words: 3 }, 12)).toBe('1 quote, 3 of 12 quoted words (25%)');
    expect(tallyText({ quotes: 0, words: 0 }, 0)).toBe('0 quotes, 0 of 0 quoted words (0%)');
    expect(namelessText({ part: 'unnamed' }, 2)).toBe('2 unnamed quotes');
    expect(namelessText({ part: 'unattributed' }, 1)).toBe('1 quote not attributed');
  });

  it('compare officials only when they were recorded, and unnamed apart from unattributed only when kinds were', () => {
    const page = sourcingProfile([q('a b', 'Ana Reyes', 'person', true), q('c', null, 'anonymous', false)]);
    expect(comparisons(page).map((r) => r.segments.map((s) => partLabel(s.part)))).toEqual([
      ['Officials', 'Everyone else'],
      ['Named sources', 'Unnamed sources', 'Not attributed'],
    ]);
    const notes = sourcingProfile([q('a b', 'Ana Reyes', null, null), q('c', null, null, null)]);
    expect(comparisons(notes).map((r) => r.segments.map((s) => partLabel(s.part)))).toEqual([['Named sources', 'No speaker named']]);
  });

  it('tell two speakers’ parts apart', () => {
    expect(samePart({ part: 'speaker', speaker: 'A' }, { part: 'speaker', speaker: 'A' })).toBe(true);
    expect(samePart({ part: 'speaker', speaker: 'A' }, { part: 'speaker', speaker: 'B' })).toBe(false);
    expect(samePart(null, { part: 'official' })).toBe(false);
  });
});
