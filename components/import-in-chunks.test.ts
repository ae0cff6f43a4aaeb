import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SourcelightDb } from '@/storage/db';
import { exportNotes } from '@/storage/export';
import { IMPORT_CHUNK, importParsed, undoImport } from '@/storage/import';
import { draft, freshDb } from '@/storage/testing';
import type { Note } from '@/storage/types';
import { importInChunks, undoInChunks } from './import-in-chunks';

// The background, answering the notes page's messages from a database of the test's.
let db: SourcelightDb;
const sent: string[] = [];
/** The chunk (counted from 1) the background fails to store, as when its disk is full; 0 for none. */
let failingChunk = 0;
vi.mock('@/utils/messages', () => ({
  askBackground: async (type: string, payload: never) => {
    sent.push(type);
    if (type === 'notes:importChunk') {
      if (sent.filter((t) => t === type).length === failingChunk) throw new Error('QuotaExceededError');
      return importParsed(db, payload);
    }
    if (type === 'notes:undoImport') return undoImport(db, payload);
    throw new Error(`unexpected message ${type}`);
  },
}));

/** `count` notes of about 2,300 characters each, on 100 pages. */
function longNotes(count: number): Note[] {
  const body = 'A long note on what the source said and what the minutes show. '.repeat(36);
  return Array.from({ length: count }, (_, i) => ({
    ...draft({ pageUrl: `https://example.com/story/${i % 100}`, body: `${i}: ${body}` }),
    id: crypto.randomUUID(),
    createdAt: 1_000 + i,
    updatedAt: 2_000 + i,
  }));
}

beforeEach(() => {
  sent.length = 0;
  failingChunk = 0;
});

describe('importInChunks', () => {
  it('imports back its own export of 10,000 long notes (over 20 MiB), a chunk per message', async () => {
    const source = freshDb();
    await source.notes.bulkAdd(longNotes(10_000));
    const { content } = await exportNotes(source, 'json');
    expect(content.length).toBeGreaterThan(20 * 1024 * 1024);

    db = freshDb();
    const result = await importInChunks(content);
    expect(result).toMatchObject({ notesAdded: 10_000, notesKeptBeside: 0, notesUnchanged: 0, pagesAdded: 100 });
    expect(sent.filter((t) => t === 'notes:importChunk')).toHaveLength(10_000 / IMPORT_CHUNK);
    expect(await db.notes.orderBy('id').toArray()).toEqual(await source.notes.orderBy('id').toArray());
    expect((await importInChunks(content)).notesUnchanged).toBe(10_000);
  }, 120_000);

  it('takes back the chunks already stored when a later one fails: nothing changes', async () => {
    db = freshDb();
    await db.notes.bulkAdd(longNotes(3));
    const before = await db.notes.toArray();
    const file = JSON.stringify({ format: 'sourcelight-notes', version: 1, exportedAt: '', pages: [], notes: longNotes(2 * IMPORT_CHUNK + 5) });
    failingChunk = 3;
    await expect(importInChunks(file)).rejects.toThrow(/could not be imported \(QuotaExceededError\)\. Nothing was changed\./);
    // Two stored chunks taken back a message each, then the pages they made.
    expect(sent).toEqual(['notes:importChunk', 'notes:importChunk', 'notes:importChunk', 'notes:undoImport', 'notes:undoImport', 'notes:undoImport']);
    expect(await db.notes.toArray()).toEqual(before);
  });

  it('undoes what an import changed in a stored page whose notes span chunks, back to before the first', async () => {
    db = freshDb();
    const [kept] = longNotes(1);
    await db.notes.add(kept);
    await db.pages.add({ url: kept.pageUrl, title: '', site: 'example.com', firstVisit: 5_000, lastVisit: 6_000 });
    const notes = longNotes(2 * IMPORT_CHUNK).map((n, i) => ({ ...n, pageUrl: kept.pageUrl, createdAt: 4_000 - i }));
    const pages = [{ url: kept.pageUrl, title: 'Budget day', site: 'example.com', firstVisit: 1_000, lastVisit: 9_000 }];
    const { undo } = await importInChunks(JSON.stringify({ format: 'sourcelight-notes', version: 1, exportedAt: '', pages, notes }));
    expect(await db.pages.get(kept.pageUrl)).toMatchObject({ title: 'Budget day', firstVisit: 1_000 });
    await undoInChunks(undo);
    expect(await db.pages.toArray()).toEqual([{ url: kept.pageUrl, title: '', site: 'example.com', firstVisit: 5_000, lastVisit: 6_000 }]);
  });

  it('undoes an import a chunk of notes per message, then removes the pages it made', async () => {
    db = freshDb();
    const kept = longNotes(1)[0];
    await db.notes.add(kept);
    const file = JSON.stringify({ format: 'sourcelight-notes', version: 1, exportedAt: '', pages: [], notes: longNotes(2 * IMPORT_CHUNK + 5) });
    const { undo } = await importInChunks(file);
    sent.length = 0;
    expect(await undoInChunks(undo)).toBe(2 * IMPORT_CHUNK + 5);
    expect(sent).toEqual(['notes:undoImport', 'notes:undoImport', 'notes:undoImport', 'notes:undoImport']);
    expect(await db.notes.toArray()).toEqual([kept]);
    expect((await db.pages.toArray()).map((p) => p.url)).not.toContain('https://example.com/story/5');
  });
});
