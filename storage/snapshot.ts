import type { SourcelightDb } from './db';
import type { Note, Page } from './types';
import { normalizePageUrl } from './url';

/** The reader's notes and the pages they are on, read consistently, in a stable order. */
export interface Snapshot {
  pages: Page[];
  notes: Note[];
}

/** Which notes a snapshot holds: one page's, the given ids, or (both absent) all. */
export interface SnapshotScope {
  url?: string;
  ids?: string[];
}

export async function readSnapshot(db: SourcelightDb, scope: SnapshotScope = {}): Promise<Snapshot> {
  return db.transaction('r', db.pages, db.notes, async () => {
    let notes = scope.url
      ? await db.notes.where('pageUrl').equals(normalizePageUrl(scope.url)).toArray()
      : await db.notes.toArray();
    if (scope.ids) {
      const wanted = new Set(scope.ids);
      notes = notes.filter((n) => wanted.has(n.id));
    }
    sortForExport(notes);
    // Only the pages the exported notes are on: visits to pages without a note are never exported.
    const pageUrls = [...new Set(notes.map((n) => n.pageUrl))].sort();
    const pages = (await db.pages.bulkGet(pageUrls)).filter((p): p is Page => p !== undefined);
    return { pages, notes };
  });
}

/** Oldest first, by id among notes made at the same moment: the order every export writes. */
export function sortForExport(notes: Note[]): Note[] {
  return notes.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
