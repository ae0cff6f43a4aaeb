import { describe, expect, it } from 'vitest';
import type { QuoteSummary } from '@/utils/page-summary';
import { groupQuotes } from './group-quotes';

const q = (id: string, speaker: string | null, speakerKind: QuoteSummary['speakerKind'], role: string | null = null): QuoteSummary => ({
  id,
  text: `quote ${id}`,
  speaker,
  speakerKind,
  role,
  noted: false,
});

describe('groupQuotes', () => {
  it('groups by speaker, most quoted first, and keeps unnamed and unknown sources apart', () => {
    const grouped = groupQuotes([
      q('1', 'Joel Rayburn', 'person'),
      q('2', 'Donald Trump', 'person', 'President'),
      q('3', 'Donald Trump', 'person'),
      q('4', null, 'anonymous'),
      q('5', 'White House', 'organisation'),
      q('6', null, 'unknown'),
    ]);
    expect(grouped.named.map((g) => [g.speaker, g.quotes.length, g.role, g.kind])).toEqual([
      ['Donald Trump', 2, 'President', 'person'],
      ['Joel Rayburn', 1, null, 'person'],
      ['White House', 1, null, 'organisation'],
    ]);
    expect(grouped.anonymous.map((x) => x.id)).toEqual(['4']);
    expect(grouped.unknown.map((x) => x.id)).toEqual(['6']);
  });

  it('takes a role from a later quote when the first had none', () => {
    const grouped = groupQuotes([q('1', 'Pete Hegseth', 'person'), q('2', 'Pete Hegseth', 'person', 'Secretary of Defense')]);
    expect(grouped.named[0].role).toBe('Secretary of Defense');
  });

  it('puts a one-word speaker under the one fuller name that ends in it', () => {
    const grouped = groupQuotes([q('2', 'Lopes', 'person'), q('1', 'Rosaly Lopes', 'person', 'geologist'), q('3', 'Smith', 'person'), q('4', 'Ann Smith', 'person'), q('5', 'Bo Smith', 'person')]);
    expect(grouped.named.map((g) => [g.speaker, g.quotes.map((x) => x.id)])).toEqual([
      ['Rosaly Lopes', ['2', '1']],
      ['Smith', ['3']],
      ['Ann Smith', ['4']],
      ['Bo Smith', ['5']],
    ]);
  });
});
