import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getNote, saveNote } from '@/storage/notes';
import { draft, freshDb } from '@/storage/testing';
import { draftKey, pendingDrafts, removeDraftsOf, writeDraft, type PendingNote } from '@/utils/drafts';
import { flushDrafts, storeText } from './drafts';

const pending = (overrides: Partial<PendingNote> = {}): PendingNote => {
  const { tags: _tags, ...text } = draft();
  return { ...text, id: crypto.randomUUID(), typedAt: Date.now(), writer: 'card-a', ...overrides };
};
const store = (note: PendingNote) => writeDraft(draftKey(note), note);

beforeEach(() => fakeBrowser.reset());

describe('flushDrafts', () => {
  it('stores a draft left behind and removes it', async () => {
    const db = freshDb();
    const left = pending({ body: 'typed, then the tab closed' });
    await store(left);
    await flushDrafts(db, 'https://www.example.com/news/story?utm_source=x');
    expect(await getNote(db, left.id)).toMatchObject({ body: 'typed, then the tab closed' });
    expect(await pendingDrafts()).toEqual([]);
    await flushDrafts(db); // again: nothing changes, no second note
    expect(await db.notes.count()).toBe(1);
  });

  it('stores the text typed last even when a save of older text from the same card was stored after it was typed', async () => {
    const db = freshDb();
    const last = pending({ body: 'the whole sentence', typedAt: Date.now() - 1_000 });
    await store(last);
    // The save in flight when the tab closed: older text, stored after the last keystroke.
    await storeText(db, { ...last, body: 'the whole' });
    await flushDrafts(db);
    expect(await getNote(db, last.id)).toMatchObject({ body: 'the whole sentence' });
    expect(await pendingDrafts()).toEqual([]);
  });

  it('an emptied draft stores nothing: the note keeps its text (a note goes only by Delete)', async () => {
    const db = freshDb();
    const note = await saveNote(db, { ...draft(), id: crypto.randomUUID() });
    await store(pending({ id: note.id, body: '' }));
    await flushDrafts(db);
    expect(await getNote(db, note.id)).toEqual(note);
  });

  it('keeps a draft the store refuses, and leaves other pages’ drafts for their own load', async () => {
    const db = freshDb();
    const refused = pending({ body: 'x'.repeat(100_001) });
    const elsewhere = pending({ pageUrl: 'https://www.example.com/other', body: 'another page' });
    await store(refused);
    await store(elsewhere);
    await flushDrafts(db, refused.pageUrl);
    expect(await db.notes.count()).toBe(0);
    expect((await pendingDrafts()).map(([, d]) => d.id).sort()).toEqual([refused.id, elsewhere.id].sort());
  });
});

describe('storeText', () => {
  it('keeps the tags set on the notes page', async () => {
    const db = freshDb();
    const note = await saveNote(db, { ...draft({ tags: ['verified'] }), id: crypto.randomUUID() });
    const { tags: _tags, ...text } = note;
    expect(await storeText(db, { ...text, body: 'typed in the card' })).toMatchObject({ body: 'typed in the card', tags: ['verified'] });
  });

  it('stores a retried save once: same note, same id, no second note', async () => {
    const db = freshDb();
    const text = pending({ body: 'sent twice' });
    const first = await storeText(db, text);
    const again = await storeText(db, text);
    expect(again).toEqual(first);
    expect(await db.notes.count()).toBe(1);
  });

  it('a card’s new note on a quote another tab noted first is that note', async () => {
    const db = freshDb();
    const other = await storeText(db, pending({ body: 'from tab A' }));
    const mine = await storeText(db, pending({ body: 'from tab B' }));
    expect(mine?.id).toBe(other?.id);
    expect(await db.notes.count()).toBe(1);
  });
});

describe('removeDraftsOf', () => {
  it('removes the drafts of a note edited outside a card, and only those', async () => {
    const db = freshDb();
    const note = await saveNote(db, { ...draft(), id: crypto.randomUUID() });
    await store(pending({ id: note.id, body: 'typed before the notes page edit' }));
    const other = pending({ pageUrl: 'https://www.example.com/other', body: 'another quote' });
    await store(other);
    await removeDraftsOf(note);
    expect((await pendingDrafts()).map(([, d]) => d.id)).toEqual([other.id]);
  });
});
