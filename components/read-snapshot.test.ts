import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { SourcelightDb } from '@/storage/db';
import { getNotes, getPages, listNotes, notesAfter, saveNote } from '@/storage/notes';
import { readSnapshot } from '@/storage/snapshot';
import { draft, freshDb } from '@/storage/testing';
import { NoteIndex } from '@/storage/note-index';
import type { Note, NoteFilter } from '@/storage/types';
import { readSnapshotInChunks } from './read-snapshot';

let db: SourcelightDb;
const sent: string[] = [];
vi.mock('@/utils/messages', () => ({
  askBackground: async (type: string, payload: never) => {
    sent.push(type);
    if (type === 'notes:chunk') {
      const { filter, ...chunk } = payload as { filter?: NoteFilter; after: string | null; limit: number };
      return filter ? getNotes(db, await new NoteIndex(db).idsAfter(filter, chunk.after, chunk.limit)) : notesAfter(db, chunk);
    }
    if (type === 'notes:get') return getNotes(db, (payload as { ids: string[] }).ids);
    if (type === 'pages:get') return getPages(db, (payload as { urls: string[] }).urls);
    throw new Error(`unexpected message ${type}`);
  },
}));

describe('readSnapshotInChunks', () => {
  it('reads what readSnapshot reads, a chunk per message: all notes, one page’s, or the given ids', async () => {
    db = freshDb();
    const notes: Note[] = Array.from({ length: 4_500 }, (_, i) => ({
      ...draft({ pageUrl: `https://example.com/story/${i % 7}`, body: `note ${i}` }),
      id: crypto.randomUUID(),
      createdAt: 1_000 + (i % 50),
      updatedAt: 2_000 + i,
    }));
    await db.notes.bulkAdd(notes);
    await saveNote(db, draft({ pageUrl: 'https://example.com/story/3' }), 'Story three'); // makes its page
    sent.length = 0;
    expect(await readSnapshotInChunks({})).toEqual(await readSnapshot(db));
    expect(sent.filter((t) => t === 'notes:chunk')).toHaveLength(3);
    const url = 'https://example.com/story/3';
    expect(await readSnapshotInChunks({ url })).toEqual(await readSnapshot(db, { url }));
    const ids = notes.filter((_, i) => i % 3 === 0).map((n) => n.id);
    expect(await readSnapshotInChunks({ ids })).toEqual(await readSnapshot(db, { ids }));
    // Those a filter matches: 4,500 notes in 3 chunks; the 1,111 whose body starts "note 1".
    for (const [filter, chunks] of [[{ text: 'note', tag: 'economy' }, 3], [{ text: 'note 1' }, 1]] as const) {
      const matching = (await listNotes(db, filter)).map((n) => n.id);
      sent.length = 0;
      expect(await readSnapshotInChunks({ filter })).toEqual(await readSnapshot(db, { ids: matching }));
      expect(sent.filter((t) => t === 'notes:chunk'), JSON.stringify(filter)).toHaveLength(chunks);
    }
  }, 60_000);
});
