import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportNotes } from './export';
import { importNotes } from './import';
import { NoteIndex } from './note-index';
import { deleteNote, saveNote } from './notes';
import { readSearchSnapshot } from './search-snapshot';
import type { SourcelightDb } from './db';
import { draft, freshDb } from './testing';

/** Deletes a note behind Dexie's back (no middleware, no hooks), as no code of ours ever does. */
function deleteRaw(db: SourcelightDb, id: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(db.name);
    open.onsuccess = () => {
      const tx = open.result.transaction('notes', 'readwrite');
      tx.objectStore('notes').delete(id);
      tx.oncomplete = () => (open.result.close(), resolve());
      tx.onerror = () => reject(tx.error);
    };
  });
}

async function savedIndex() {
  const db = freshDb();
  const first = await saveNote(db, draft({ body: 'About the ferry' }));
  await saveNote(db, draft({ body: 'About the budget', selector: { ...draft().selector, start: 300, end: 323 } }));
  const index = new NoteIndex(db);
  await index.query({});
  await index.save();
  return { db, first };
}

describe('the saved search index', () => {
  it('is what a cold start reads instead of the notes', async () => {
    const { db, first } = await savedIndex();
    await deleteRaw(db, first.id); // invisible to the snapshot's validity mark
    expect(await new NoteIndex(db).query({ text: 'ferry' })).toEqual([first.id]);
    expect(await new NoteIndex(db).count()).toBe(2);
  });

  it('is never used after a note changed, by any write path', async () => {
    const writes: ((db: SourcelightDb, id: string) => Promise<unknown>)[] = [
      (db) => saveNote(db, draft({ body: 'A third, about the harbour', selector: { ...draft().selector, start: 600, end: 623 } })),
      async (db, id) => saveNote(db, { ...(await db.notes.get(id))!, body: 'Edited: the harbour' }),
      (db, id) => deleteNote(db, id),
      (db) => db.notes.clear(),
      async (db) => {
        const other = freshDb();
        await saveNote(other, draft({ pageUrl: 'https://example.net/x', body: 'Imported: the harbour' }));
        return importNotes(db, (await exportNotes(other, 'json')).content);
      },
    ];
    for (const write of writes) {
      const { db, first } = await savedIndex();
      expect(await readSearchSnapshot(db)).toHaveLength(2);
      await write(db, first.id);
      expect(await readSearchSnapshot(db), write.toString()).toBeNull();
      expect(await new NoteIndex(db).count(), write.toString()).toBe(await db.notes.count());
      const fresh = new NoteIndex(db);
      // As a set: notes written in the same millisecond may come in either order.
      const expected = ((await db.notes.toCollection().primaryKeys()) as string[]).sort();
      expect([...(await fresh.query({}))].sort(), write.toString()).toEqual(expected);
    }
  });

  it('holds a write begun before it was saved', async () => {
    const { db } = await savedIndex();
    const index = new NoteIndex(db);
    await index.query({});
    const writing = saveNote(db, draft({ body: 'Begun before the save: the harbour', selector: { ...draft().selector, start: 900, end: 923 } }));
    await index.save();
    const note = await writing;
    expect(await new NoteIndex(db).query({ text: 'harbour' })).toEqual([note.id]);
  });

  it('is saved again a moment after the index changed, and then read back whole', async () => {
    const db = freshDb();
    const index = new NoteIndex(db, 10);
    await index.query({});
    const note = await saveNote(db, draft({ body: 'Saved soon after: the harbour' }));
    expect(await readSearchSnapshot(db)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await readSearchSnapshot(db))?.map((e) => e.id)).toEqual([note.id]);
  });

  it('reads entries back across its parts as they were saved', async () => {
    const db = freshDb();
    const base = await saveNote(db, draft({ speaker: null, speakerKind: 'anonymous', body: 'The first real note' }));
    const many = Array.from({ length: 21_000 }, (_, i) => ({ ...base, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, body: `Copy ${i}`, tags: [`t${i % 7}`], updatedAt: base.updatedAt + i + 1 }));
    await db.notes.bulkPut(many);
    const index = new NoteIndex(db);
    const expected = await index.query({ text: 'copy 2' });
    const options = await index.options();
    await index.save();
    const saved = (await readSearchSnapshot(db))!;
    expect(saved).toHaveLength(21_001);
    expect(saved.find((e) => e.id === base.id)).toMatchObject({ speaker: null, nameless: 'anonymous', site: 'example.com', tags: ['economy'] });
    const cold = new NoteIndex(db);
    expect(await cold.query({ text: 'copy 2' })).toEqual(expected);
    expect(await cold.options()).toEqual(options);
  });
});
