import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportNotes } from './export';
import { importNotes, undoImport } from './import';
import { NoteIndex } from './note-index';
import { deleteNote, listNotes, restoreNote, saveNote } from './notes';
import { draft, freshDb } from './testing';
import type { NoteFilter } from './types';

async function seeded() {
  const db = freshDb();
  const index = new NoteIndex(db);
  await saveNote(db, draft({ body: 'Check the Zürich figures', tags: ['economy'] }));
  await saveNote(db, draft({ pageUrl: 'https://www.bbc.co.uk/news/1', speaker: 'Ana Ruiz', body: 'Ferry budget', tags: ['transport', 'economy'] }));
  await saveNote(db, draft({ pageUrl: 'https://example.org/a', speaker: null, role: null, body: 'Unnamed source on the ferry' }));
  return { db, index };
}

const FILTERS: NoteFilter[] = [
  {},
  { order: 'oldest' },
  { text: 'zurich' },
  { text: '  FERRY ' },
  { text: 'we will not raise' },
  { text: 'ruiz' },
  { site: 'bbc.co.uk' },
  { site: 'www.example.com' },
  { speaker: 'Jane Doe' },
  { nameless: 'unrecorded' },
  { nameless: 'anonymous' },
  { tag: 'economy', text: 'ferry' },
  { tag: 'nothing' },
];

describe('NoteIndex', () => {
  it('finds what listNotes finds, in the same order', async () => {
    const { db, index } = await seeded();
    for (const filter of FILTERS) {
      expect(await index.query(filter), JSON.stringify(filter)).toEqual((await listNotes(db, filter)).map((n) => n.id));
    }
    expect(await index.options()).toEqual({ count: 3, sites: ['bbc.co.uk', 'example.com', 'example.org'], speakers: ['Ana Ruiz', 'Jane Doe'], nameless: ['unrecorded'], tags: ['economy', 'transport'] });
  });

  it('follows every write once loaded: saves, edits, deletes, restores, imports and their undo', async () => {
    const { db, index } = await seeded();
    await index.query({});
    const same = async () => {
      for (const filter of FILTERS) expect(await index.query(filter), JSON.stringify(filter)).toEqual((await listNotes(db, filter)).map((n) => n.id));
    };
    const added = await saveNote(db, draft({ body: 'A new one about the ferry', selector: { ...draft().selector, start: 500, end: 523 } }));
    await same();
    await saveNote(db, { ...added, body: 'Edited: now about Zürich', tags: ['zurich'] });
    expect(await index.query({ text: 'now about zurich' })).toEqual([added.id]);
    await same();
    const removed = await deleteNote(db, added.id);
    await same();
    await restoreNote(db, removed!);
    await same();
    const other = freshDb();
    await saveNote(other, draft({ pageUrl: 'https://example.net/x', body: 'Imported on another device' }));
    const { undo } = await importNotes(db, (await exportNotes(other, 'json')).content);
    expect(await index.query({ text: 'another device' })).toHaveLength(1);
    await same();
    await undoImport(db, undo);
    expect(await index.query({ text: 'another device' })).toEqual([]);
    await same();
  });
});
