import type { SourcelightDb } from './db';
import type { Note, Page } from './types';

/** Everything the reader has stored, read consistently, in a stable order. */
export interface Snapshot {
  pages: Page[];
  notes: Note[];
}

export async function readSnapshot(db: SourcelightDb): Promise<Snapshot> {
  return db.transaction('r', db.pages, db.notes, async () => {
    const pages = await db.pages.orderBy('url').toArray();
    const notes = await db.notes.toArray();
    notes.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { pages, notes };
  });
}
