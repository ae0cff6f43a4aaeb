import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportNotes } from './export';
import { importNotes } from './import';
import { indexEntryOf, NoteIndex } from './note-index';
import { deleteNote, restoreNote, saveNote } from './notes';
import { readSearchSnapshot, savedNoteCount } from './search-snapshot';
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

/** The saved index's ids as a cold start reads them (null: there is none). */
async function savedIds(db: SourcelightDb): Promise<string[] | null> {
  const saved = await readSearchSnapshot(db, indexEntryOf);
  return saved ? saved.entries.map((e) => e.id).sort() : null;
}

const storedIds = async (db: SourcelightDb) => ((await db.notes.toCollection().primaryKeys()) as string[]).sort();

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

  it('stays true after every write path: the notes changed since are read from the store', async () => {
    const writes: ((db: SourcelightDb, id: string) => Promise<unknown>)[] = [
      (db) => saveNote(db, draft({ body: 'A third, about the harbour', selector: { ...draft().selector, start: 600, end: 623 } })),
      async (db, id) => saveNote(db, { ...(await db.notes.get(id))!, body: 'Edited: the harbour' }),
      (db, id) => deleteNote(db, id),
      async (db) => {
        const other = freshDb();
        await saveNote(other, draft({ pageUrl: 'https://example.net/x', body: 'Imported: the harbour' }));
        return importNotes(db, (await exportNotes(other, 'json')).content);
      },
    ];
    for (const write of writes) {
      const { db, first } = await savedIndex();
      await write(db, first.id);
      expect(await savedIds(db), write.toString()).toEqual(await storedIds(db));
      expect(await savedNoteCount(db), write.toString()).toBe(await db.notes.count());
      const cold = new NoteIndex(db);
      expect(await cold.count(), write.toString()).toBe(await db.notes.count());
      const harbour = await db.notes.filter((n) => n.body.includes('harbour')).primaryKeys();
      expect(await cold.query({ text: 'harbour' }), write.toString()).toEqual(harbour);
      expect(await cold.query({ text: 'ferry' }), write.toString()).toEqual(write === writes[0] || write === writes[3] ? [first.id] : []);
    }
  });

  it('reads from the store only the notes changed since it was saved', async () => {
    const { db, first } = await savedIndex();
    const added = await saveNote(db, draft({ body: 'Added after the save: the harbour', selector: { ...draft().selector, start: 600, end: 623 } }));
    await deleteRaw(db, first.id); // unmarked, so still among the saved entries
    expect(await savedIds(db)).toEqual([added.id, ...(await storedIds(db)), first.id].filter((id, i, all) => all.indexOf(id) === i).sort());
    expect(await new NoteIndex(db).query({ text: 'ferry' })).toEqual([first.id]);
  });

  it('counts the notes through saves, edits, deletes and restores of the same notes since it was saved', async () => {
    const { db, first } = await savedIndex();
    const counts: (number | null)[] = [];
    const added = await saveNote(db, draft({ body: 'New', selector: { ...draft().selector, start: 600, end: 603 } }));
    counts.push(await savedNoteCount(db));
    await saveNote(db, { ...added, body: 'New, edited' });
    counts.push(await savedNoteCount(db));
    const removed = await deleteNote(db, first.id);
    counts.push(await savedNoteCount(db));
    await restoreNote(db, removed!);
    counts.push(await savedNoteCount(db));
    await deleteNote(db, added.id);
    counts.push(await savedNoteCount(db));
    expect(counts).toEqual([3, 3, 2, 3, 2]);
  });

  it('is dropped past a thousand notes changed since it was saved, and when the notes are cleared', async () => {
    const { db, first } = await savedIndex();
    const base = (await db.notes.get(first.id))!;
    const copy = (i: number) => ({ ...base, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` });
    await db.notes.bulkPut(Array.from({ length: 998 }, (_, i) => copy(i)));
    await saveNote(db, { ...base, body: 'Edited: the thousandth change' });
    expect(await savedNoteCount(db)).toBe(1_000);
    await db.notes.bulkPut([copy(998), copy(999)]);
    expect(await savedNoteCount(db)).toBeNull();
    expect(await savedIds(db)).toBeNull();
    const index = new NoteIndex(db);
    expect(await index.count()).toBe(1_002);
    expect(await index.query({ text: 'thousandth' })).toEqual([first.id]);
    await index.save();
    expect(await savedIds(db)).toHaveLength(1_002);
    await db.notes.clear();
    expect(await savedIds(db)).toBeNull();
    expect(await new NoteIndex(db).count()).toBe(0);
  });

  it('counts the notes of a new database from the first note on, the index never loaded', async () => {
    const db = freshDb();
    expect(await savedNoteCount(db)).toBe(0);
    await saveNote(db, draft({ body: 'One' }));
    await saveNote(db, draft({ body: 'Two', selector: { ...draft().selector, start: 300, end: 303 } }));
    expect(await savedNoteCount(db)).toBe(2);
    expect(await new NoteIndex(db).query({ text: 'two' })).toHaveLength(1);
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
    expect(await readSearchSnapshot(db, indexEntryOf)).toEqual({ entries: [indexEntryOf(note)], patched: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await readSearchSnapshot(db, indexEntryOf)).toEqual({ entries: [indexEntryOf(note)], patched: false });
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
    const saved = (await readSearchSnapshot(db, indexEntryOf))!.entries;
    expect(saved).toHaveLength(21_001);
    expect(saved.find((e) => e.id === base.id)).toMatchObject({ speaker: null, nameless: 'anonymous', site: 'example.com', tags: ['economy'] });
    const cold = new NoteIndex(db);
    expect(await cold.query({ text: 'copy 2' })).toEqual(expected);
    expect(await cold.options()).toEqual(options);
  }, 20_000); // 21,000 notes written and read back: seconds on a loaded machine
});
