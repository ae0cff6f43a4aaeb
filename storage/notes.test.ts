import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageError } from './errors';
import { clearVisits, deleteNote, findNoteAt, getNotesForPage, listNotes, listPages, pruneVisits, recordVisit, restoreNote, saveNote } from './notes';
import { draft, freshDb } from './testing';

afterEach(() => vi.useRealTimers());

describe('saveNote', () => {
  it('creates a note with a uuid, normalised page URL and timestamps', async () => {
    const db = freshDb();
    const note = await saveNote(db, draft({ pageUrl: 'https://www.example.com/news/story/?utm_source=x#c' }));
    expect(note.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(note.pageUrl).toBe('https://www.example.com/news/story');
    expect(note.createdAt).toBe(note.updatedAt);
    expect(await db.notes.get(note.id)).toEqual(note);
    expect((await db.pages.get(note.pageUrl))?.site).toBe('example.com');
  });

  it('upserts: keeps createdAt, advances updatedAt', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000);
    const db = freshDb();
    const created = await saveNote(db, draft());
    vi.setSystemTime(5_000);
    const updated = await saveNote(db, { ...draft({ body: 'edited' }), id: created.id });
    expect(updated).toMatchObject({ id: created.id, body: 'edited', createdAt: 1_000, updatedAt: 5_000 });
    expect(await db.notes.count()).toBe(1);
  });

  it('is idempotent: the same client id saved twice is one note', async () => {
    const db = freshDb();
    const id = crypto.randomUUID();
    await saveNote(db, { ...draft({ body: 'first' }), id });
    const again = await saveNote(db, { ...draft({ body: 'first' }), id });
    expect(again.id).toBe(id);
    expect(await db.notes.count()).toBe(1);
  });

  it('the same quote noted under two new ids (two tabs) is one note: the later text wins, the first id stays', async () => {
    const db = freshDb();
    const first = await saveNote(db, { ...draft({ body: 'from tab A' }), id: crypto.randomUUID() });
    const second = await saveNote(db, { ...draft({ pageUrl: 'https://www.example.com/news/story/?utm_medium=x', body: 'from tab B' }), id: crypto.randomUUID() });
    expect(second).toMatchObject({ id: first.id, body: 'from tab B', createdAt: first.createdAt });
    expect(await db.notes.count()).toBe(1);
    // The same words elsewhere in the page are another quote, so another note.
    await saveNote(db, { ...draft({ selector: { ...draft().selector, start: 900, end: 923 } }), id: crypto.randomUUID() });
    expect(await db.notes.count()).toBe(2);
  });

  it('de-duplicates tags case-insensitively', async () => {
    const note = await saveNote(freshDb(), draft({ tags: ['Economy', 'economy', ' tax '] }));
    expect(note.tags).toEqual(['Economy', 'tax']);
  });

  it('rejects malformed input with a StorageError and writes nothing', async () => {
    const db = freshDb();
    const bad = { ...draft(), selector: { exact: 42 } } as never;
    await expect(saveNote(db, bad)).rejects.toMatchObject({ name: 'StorageError', code: 'invalid-data' });
    await expect(saveNote(db, bad)).rejects.toThrow(/selector\.exact/);
    expect(await db.notes.count()).toBe(0);
  });
});

describe('findNoteAt', () => {
  it('finds the note on a quote by any URL variant, and nothing on another quote', async () => {
    const db = freshDb();
    const note = await saveNote(db, draft());
    expect(await findNoteAt(db, 'https://www.example.com/news/story?fbclid=1', draft().selector)).toEqual(note);
    expect(await findNoteAt(db, note.pageUrl, { ...draft().selector, prefix: 'Someone else said: "' })).toBeUndefined();
  });
});

describe('getNotesForPage', () => {
  it('finds notes by any URL variant, in reading order', async () => {
    const db = freshDb();
    const later = await saveNote(db, draft({ selector: { ...draft().selector, start: 500, end: 510 } }));
    const earlier = await saveNote(db, draft({ selector: { ...draft().selector, start: 10, end: 20 } }));
    await saveNote(db, draft({ pageUrl: 'https://www.example.com/other' }));
    const notes = await getNotesForPage(db, 'https://www.example.com/amp/news/story?fbclid=1');
    expect(notes.map((n) => n.id)).toEqual([earlier.id, later.id]);
  });
});

describe('listNotes', () => {
  async function seed() {
    vi.useFakeTimers({ toFake: ['Date'] });
    const db = freshDb();
    vi.setSystemTime(1_000);
    const a = await saveNote(db, draft({ speaker: 'Jane Doe', body: 'Zürich budget claim', tags: ['economy'] }));
    vi.setSystemTime(2_000);
    const b = await saveNote(db, draft({ pageUrl: 'https://bbc.co.uk/news/1', speaker: 'John Roe', body: 'housing', tags: ['housing'] }));
    vi.setSystemTime(3_000);
    const c = await saveNote(db, draft({ speaker: null, role: null, body: 'anonymous source', tags: ['economy', 'sourcing'] }));
    return { db, a, b, c };
  }

  it('sorts newest first by default, oldest first on request, with a limit', async () => {
    const { db, a, b, c } = await seed();
    expect((await listNotes(db)).map((n) => n.id)).toEqual([c.id, b.id, a.id]);
    expect((await listNotes(db, { order: 'oldest', limit: 2 })).map((n) => n.id)).toEqual([a.id, b.id]);
  });

  it('searches body, quote and speaker, ignoring case and accents', async () => {
    const { db, a, b } = await seed();
    expect((await listNotes(db, { text: 'zurich' })).map((n) => n.id)).toEqual([a.id]);
    expect((await listNotes(db, { text: 'JOHN' })).map((n) => n.id)).toEqual([b.id]);
    expect(await listNotes(db, { text: 'raise taxes' })).toHaveLength(3);
  });

  it('filters by site, speaker and tag, combined', async () => {
    const { db, a, b, c } = await seed();
    expect((await listNotes(db, { site: 'bbc.co.uk' })).map((n) => n.id)).toEqual([b.id]);
    expect((await listNotes(db, { site: 'www.BBC.co.uk' })).map((n) => n.id)).toEqual([b.id]);
    expect((await listNotes(db, { speaker: 'Jane Doe' })).map((n) => n.id)).toEqual([a.id]);
    expect((await listNotes(db, { tag: 'economy' })).map((n) => n.id)).toEqual([c.id, a.id]);
    expect((await listNotes(db, { tag: 'economy', text: 'anonymous', site: 'example.com' })).map((n) => n.id)).toEqual([c.id]);
  });
});

describe('deleteNote / restoreNote', () => {
  it('returns the deleted note, which restores identically', async () => {
    const db = freshDb();
    const note = await saveNote(db, draft());
    const deleted = await deleteNote(db, note.id);
    expect(deleted).toEqual(note);
    expect(await db.notes.count()).toBe(0);
    await restoreNote(db, deleted!);
    expect(await db.notes.get(note.id)).toEqual(note);
  });

  it('returns undefined for an unknown id', async () => {
    expect(await deleteNote(freshDb(), 'nope')).toBeUndefined();
  });

  it('refuses to restore something that is not a note', async () => {
    await expect(restoreNote(freshDb(), { id: 'x' } as never)).rejects.toBeInstanceOf(StorageError);
  });
});

describe('recordVisit', () => {
  it('stores nothing for a page without notes; on a noted page updates lastVisit and title, keeping firstVisit', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const db = freshDb();
    vi.setSystemTime(1_000);
    expect(await recordVisit(db, { url: 'https://www.example.com/a/?utm_source=x', title: 'Old title' })).toBeNull();
    expect(await db.pages.count()).toBe(0);
    await saveNote(db, draft({ pageUrl: 'https://www.example.com/a' }), 'Old title');
    vi.setSystemTime(9_000);
    const again = await recordVisit(db, { url: 'https://www.example.com/a/?utm_source=x', title: '' });
    expect(again).toEqual({ url: 'https://www.example.com/a', title: 'Old title', site: 'example.com', firstVisit: 1_000, lastVisit: 9_000 });
    expect(await recordVisit(db, { url: 'https://www.example.com/a', title: 'New title' })).toMatchObject({ title: 'New title' });
    expect(await db.pages.count()).toBe(1);
  });
});

describe('listPages', () => {
  it('lists the pages notes are on with their titles, keyed by normalised URL', async () => {
    const db = freshDb();
    await saveNote(db, draft({ pageUrl: 'https://www.example.com/news/story/?utm_source=x' }), 'Council approves barrier');
    await saveNote(db, draft({ pageUrl: 'https://bbc.co.uk/news/1' }));
    const pages = await listPages(db);
    expect(pages.map((p) => [p.url, p.title]).sort()).toEqual([
      ['https://bbc.co.uk/news/1', ''],
      ['https://www.example.com/news/story', 'Council approves barrier'],
    ]);
  });
});

describe('visit records', () => {
  it('a page whose last note was deleted loses its record when pruned; the reader can clear visit times', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const db = freshDb();
    vi.setSystemTime(1_000);
    const kept = await saveNote(db, draft({ pageUrl: 'https://example.com/kept' }), 'Kept');
    const gone = await saveNote(db, draft({ pageUrl: 'https://example.com/gone' }), 'Gone');
    vi.setSystemTime(5_000);
    await recordVisit(db, { url: 'https://example.com/kept', title: 'Kept' });
    await deleteNote(db, gone.id);
    expect(await clearVisits(db)).toEqual({ pagesRemoved: 1 });
    expect(await db.pages.toArray()).toEqual([{ url: 'https://example.com/kept', title: 'Kept', site: 'example.com', firstVisit: kept.createdAt, lastVisit: kept.updatedAt }]);
    expect(await pruneVisits(db)).toBe(0);
  });
});
