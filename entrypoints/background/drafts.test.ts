import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getNote, saveNote } from '@/storage/notes';
import { draft, freshDb } from '@/storage/testing';
import { draftKey, pendingDrafts, writeDraft, type PendingNote } from '@/utils/drafts';
import { flushDrafts } from './drafts';

const pending = (overrides: Partial<PendingNote> = {}): PendingNote => ({ ...draft(), id: crypto.randomUUID(), typedAt: Date.now(), ...overrides });
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

  it('never overwrites text stored after the draft was typed', async () => {
    const db = freshDb();
    const old = pending({ body: 'older', typedAt: Date.now() - 60_000 });
    await saveNote(db, { ...draft({ body: 'newer, from another tab' }), id: old.id });
    await store(old);
    await flushDrafts(db);
    expect(await getNote(db, old.id)).toMatchObject({ body: 'newer, from another tab' });
    expect(await pendingDrafts()).toEqual([]);
  });

  it('an emptied draft deletes the note', async () => {
    const db = freshDb();
    const note = await saveNote(db, { ...draft(), id: crypto.randomUUID() });
    await store(pending({ id: note.id, body: '', typedAt: note.updatedAt + 1 }));
    await flushDrafts(db);
    expect(await getNote(db, note.id)).toBeUndefined();
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
