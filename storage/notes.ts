// The notes repository: the only way the rest of Sourcelight reads or writes notes.
// Every function takes the database first and rejects only with StorageError.
import type { z } from 'zod';
import type { SourcelightDb } from './db';
import { guarded, StorageError } from './errors';
import { describeIssues, noteDraftSchema, noteSchema } from './schema';
import type { Note, NoteDraft, NoteFilter, Page, QuoteSelector } from './types';
import { normalizePageUrl, siteOf } from './url';
import { namelessKind } from '../utils/speaker-label';

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new StorageError('invalid-data', `Sourcelight could not save this note (${describeIssues(result.error)}).`);
  }
  return result.data;
}

function uniqueTags(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => !seen.has(tag.toLowerCase()) && seen.add(tag.toLowerCase()));
}

/** Makes sure a note's page exists, so exports and site filters always find it. */
async function ensurePage(db: SourcelightDb, url: string, now: number, title = ''): Promise<void> {
  if ((await db.pages.get(url)) === undefined) {
    await db.pages.add({ url, title: title.trim(), site: siteOf(url), firstVisit: now, lastVisit: now });
  }
}

/** The same passage: same quote, same context, same position hint. */
function sameQuote(a: QuoteSelector, b: QuoteSelector): boolean {
  return a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix && a.start === b.start;
}

/** The note on this quote of this page, if there is one. */
export const findNoteAt = guarded(async (db: SourcelightDb, pageUrl: string, selector: QuoteSelector): Promise<Note | undefined> => {
  return db.notes.where('pageUrl').equals(normalizePageUrl(pageUrl)).filter((n) => sameQuote(n.selector, selector)).first();
});

/**
 * Creates a note, or updates the one with `draft.id`. A card chooses the id of a new note itself,
 * so a retried save finds it; and while no note has that id, the note already on the same quote of
 * the same page is updated instead, so the same quote noted in two tabs stays one note.
 * Without an id, a new note is made. Keeps createdAt, stamps updatedAt.
 */
export const saveNote = guarded(async (db: SourcelightDb, draft: NoteDraft, pageTitle: string = ''): Promise<Note> => {
  return writeNote(db, parseOrThrow(noteDraftSchema, draft), (valid) => valid.tags, pageTitle);
});

/**
 * What a card saves: the note's text on its quote. The tags stay as stored (set on the notes page
 * meanwhile, they are not wiped by the card's next keystroke); a new note has none.
 */
export const saveNoteText = guarded(async (db: SourcelightDb, draft: Omit<NoteDraft, 'tags'> & { id: string }, pageTitle: string = ''): Promise<Note> => {
  return writeNote(db, parseOrThrow(noteDraftSchema, { ...draft, tags: [] }), (_valid, existing) => existing?.tags ?? [], pageTitle);
});

/** `pageTitle`: the title a page record made for the note gets (an existing record keeps its own). */
async function writeNote(db: SourcelightDb, valid: NoteDraft, tagsOf: (valid: NoteDraft, existing: Note | undefined) => string[], pageTitle: string): Promise<Note> {
  const pageUrl = normalizePageUrl(valid.pageUrl);
  return db.transaction('rw', db.notes, db.pages, async () => {
    const now = Date.now();
    const existing = valid.id === undefined ? undefined : ((await db.notes.get(valid.id)) ?? (await findNoteAt(db, pageUrl, valid.selector)));
    const note: Note = {
      ...valid,
      id: existing?.id ?? valid.id ?? crypto.randomUUID(),
      pageUrl,
      tags: uniqueTags(tagsOf(valid, existing)),
      createdAt: existing?.createdAt ?? now,
      // Never go back in time, even if the clock does: updatedAt orders lists and import merges.
      updatedAt: Math.max(now, existing ? existing.updatedAt + 1 : 0),
    };
    await ensurePage(db, note.pageUrl, now, pageTitle);
    await db.notes.put(note);
    return note;
  });
}

/** One note by id, or undefined if there is none. */
export const getNote = guarded(async (db: SourcelightDb, id: string): Promise<Note | undefined> => db.notes.get(id));

/** The page's notes in reading order (by position hint). */
export const getNotesForPage = guarded(async (db: SourcelightDb, url: string): Promise<Note[]> => {
  const notes = await db.notes.where('pageUrl').equals(normalizePageUrl(url)).toArray();
  return notes.sort((a, b) => a.selector.start - b.selector.start || a.createdAt - b.createdAt);
});

/** Lower-case, accents removed: "Zürich" matches "zurich". */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function matchesText(note: Note, needle: string): boolean {
  return [note.body, note.selector.exact, note.speaker ?? ''].some((field) => searchable(field).includes(needle));
}

/** Notes matching every given criterion, newest first unless `order: 'oldest'`. */
export const listNotes = guarded(async (db: SourcelightDb, filter: NoteFilter = {}): Promise<Note[]> => {
  // Start from the most selective index, then filter the rest in memory.
  const candidates = filter.tag
    ? await db.notes.where('tags').equals(filter.tag).toArray()
    : filter.speaker
      ? await db.notes.where('speaker').equals(filter.speaker).toArray()
      : await db.notes.toArray();
  const siteUrls = filter.site
    ? new Set(await db.pages.where('site').equals(filter.site.trim().toLowerCase().replace(/^www\./, '')).primaryKeys())
    : undefined;
  const needle = filter.text?.trim() ? searchable(filter.text.trim()) : undefined;
  const matches = candidates.filter(
    (note) =>
      (!filter.speaker || note.speaker === filter.speaker) &&
      (!filter.nameless || (note.speaker === null && namelessKind(note.speakerKind) === filter.nameless)) &&
      (!siteUrls || siteUrls.has(note.pageUrl)) &&
      (!needle || matchesText(note, needle)),
  );
  const direction = filter.order === 'oldest' ? 1 : -1;
  matches.sort((a, b) => direction * (a.updatedAt - b.updatedAt));
  return filter.limit === undefined ? matches : matches.slice(0, filter.limit);
});

/** Deletes a note and returns it (for undo via restoreNote), or undefined if it did not exist. */
export const deleteNote = guarded(async (db: SourcelightDb, id: string): Promise<Note | undefined> => {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (note) await db.notes.delete(id);
    return note;
  });
});

/** Puts back a note exactly as deleteNote returned it (same id and timestamps). */
export const restoreNote = guarded(async (db: SourcelightDb, note: Note): Promise<Note> => {
  const valid = parseOrThrow(noteSchema, note);
  return db.transaction('rw', db.notes, db.pages, async () => {
    await ensurePage(db, valid.pageUrl, Date.now());
    await db.notes.put(valid);
    return valid;
  });
});

/**
 * Records that the reader opened a page, if the page has notes: its title and last visit serve
 * them. A visit to a page without notes is not stored (no browsing history). Returns the page, or null.
 */
export const recordVisit = guarded(async (db: SourcelightDb, visit: { url: string; title: string }): Promise<Page | null> => {
  const url = normalizePageUrl(visit.url);
  return db.transaction('rw', db.pages, db.notes, async () => {
    const existing = await db.pages.get(url);
    if (!existing || (await db.notes.where('pageUrl').equals(url).count()) === 0) return null;
    const page: Page = { ...existing, title: visit.title.trim() || existing.title, lastVisit: Date.now() };
    await db.pages.put(page);
    return page;
  });
});

/** The pages notes are on, for showing titles beside notes. */
export const listPages = guarded(async (db: SourcelightDb): Promise<Page[]> => db.pages.toArray());

/** Removes the records of pages no note is on any more (their last note deleted); returns how many. */
export const pruneVisits = guarded(async (db: SourcelightDb): Promise<number> => {
  // Looked for in a read-only transaction, which holds up no other reader (it runs at every start
  // of the background, as the notes page may be asking for its first rows); written only if needed.
  // One key lookup per page, all sent at once: walking the notes' pageUrl index for its distinct
  // values takes Chromium about 600 ms at 100,000 notes, these lookups about 100 ms.
  const candidates = await db.transaction('r', db.pages, db.notes, async () => {
    const urls = await db.pages.toCollection().primaryKeys();
    const noted = await Promise.all(urls.map((url) => db.notes.where('pageUrl').equals(url).limit(1).primaryKeys()));
    return urls.filter((_, i) => noted[i].length === 0);
  });
  if (candidates.length === 0) return 0;
  return db.transaction('rw', db.pages, db.notes, async () => {
    const unused: string[] = [];
    for (const url of candidates) if ((await db.notes.where('pageUrl').equals(url).count()) === 0) unused.push(url);
    await db.pages.bulkDelete(unused);
    return unused.length;
  });
});

/**
 * The reader clears the visit records: pages without notes go, and each noted page keeps only
 * what its notes need (address and title), its visit times put back to its notes' own times.
 */
export const clearVisits = guarded(async (db: SourcelightDb): Promise<{ pagesRemoved: number }> => {
  const pagesRemoved = await pruneVisits(db);
  await db.transaction('rw', db.pages, db.notes, async () => {
    for (const page of await db.pages.toArray()) {
      const notes = await db.notes.where('pageUrl').equals(page.url).toArray();
      const firstVisit = Math.min(...notes.map((n) => n.createdAt));
      const lastVisit = Math.max(...notes.map((n) => n.updatedAt));
      await db.pages.put({ ...page, firstVisit, lastVisit });
    }
  });
  return { pagesRemoved };
});

/** Up to `limit` notes (of one page, when `url` is given) whose ids come after `after`, in id order: a store read in chunks. */
export const notesAfter = guarded(async (db: SourcelightDb, { after, limit, url }: { after: string | null; limit: number; url?: string }): Promise<Note[]> => {
  if (url !== undefined) {
    const notes = await db.notes.where('pageUrl').equals(normalizePageUrl(url)).sortBy('id');
    return notes.filter((n) => after === null || n.id > after).slice(0, limit);
  }
  const from = after === null ? db.notes.orderBy(':id') : db.notes.where(':id').above(after);
  return from.limit(limit).toArray();
});

/** The notes with these ids that exist. */
export const getNotes = guarded(async (db: SourcelightDb, ids: string[]): Promise<Note[]> =>
  (await db.notes.bulkGet(ids)).filter((n): n is Note => n !== undefined),
);

/** The pages with these URLs that exist. */
export const getPages = guarded(async (db: SourcelightDb, urls: string[]): Promise<Page[]> =>
  (await db.pages.bulkGet(urls)).filter((p): p is Page => p !== undefined),
);

/** Whether a filter selects every note (an order aside). */
export function isUnfiltered(filter: NoteFilter): boolean {
  return !filter.text?.trim() && !filter.site && !filter.speaker && !filter.nameless && !filter.tag;
}

/** `limit` notes from `offset` on, newest (or oldest) first, read through the updatedAt index. */
export const notesByDate = guarded(async (db: SourcelightDb, order: 'newest' | 'oldest', offset: number, limit: number): Promise<Note[]> => {
  const byDate = db.notes.orderBy('updatedAt');
  return (order === 'newest' ? byDate.reverse() : byDate).offset(offset).limit(limit).toArray();
});
