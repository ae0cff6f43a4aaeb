import { describe, expect, it } from 'vitest';
import type { Note } from '@/storage/types';
import { sourcingProfile } from '@/utils/sourcing-profile';
import { notesAsQuotes, pickedNotes } from './notes-profile';

const note = (id: string, pageUrl: string, exact: string, speaker: string | null): Note => ({
  id,
  pageUrl,
  selector: { exact, prefix: '', suffix: '', start: 0, end: exact.length, codePointStart: 0, codePointEnd: exact.length },
  speaker,
  role: null,
  body: `note ${id}`,
  tags: [],
  createdAt: 0,
  updatedAt: 0,
});

const A = 'https://a.example/story';
const B = 'https://b.example/story';
const NOTES = [
  note('1', A, 'We will build the wall', 'Ana Reyes'),
  note('2', A, 'Nobody asked us', null),
  note('3', B, 'The ferry runs at night', 'Kari Solberg'),
  note('4', B, 'It is about time', 'Reyes'),
  note('5', A, 'Build it now', 'Reyes'),
];

describe('notes profiles', () => {
  it('count what notes store: quote words and speaker names, and nothing they do not store', () => {
    const profile = sourcingProfile(notesAsQuotes(NOTES));
    expect(profile).toMatchObject({ quotes: 5, words: 5 + 3 + 5 + 4 + 3, voices: { named: 3, people: null, organisations: null }, officials: null, unnamed: null });
    expect(profile.nameless).toEqual({ quotes: 1, words: 3 });
  });

  it('a one-word speaker joins the fuller name on its own page, not on another site’s', () => {
    const profile = sourcingProfile(notesAsQuotes(NOTES));
    expect(profile.speakers.map((s) => [s.speaker, s.words])).toEqual([['Ana Reyes', 8], ['Kari Solberg', 5], ['Reyes', 4]]);
  });

  it('a pick selects its part among all notes shown or among one page’s', () => {
    expect(pickedNotes(NOTES, null).map((n) => n.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(pickedNotes(NOTES, { page: null, part: { part: 'speaker', speaker: 'Ana Reyes' } }).map((n) => n.id)).toEqual(['1', '5']);
    expect(pickedNotes(NOTES, { page: A, part: { part: 'named' } }).map((n) => n.id)).toEqual(['1', '5']);
    expect(pickedNotes(NOTES, { page: B, part: { part: 'speaker', speaker: 'Reyes' } }).map((n) => n.id)).toEqual(['4']);
    expect(pickedNotes(NOTES, { page: null, part: { part: 'nameless' } }).map((n) => n.id)).toEqual(['2']);
  });
});
