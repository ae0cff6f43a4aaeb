import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Note, Page } from './types';
import { siteOf } from './url';
import { markNoteWrites, saveEmptySearchSnapshot, SEARCH_SNAPSHOT_TABLE } from './search-snapshot';

const DB_NAME = 'sourcelight';

export type SourcelightDb = Dexie & {
  pages: EntityTable<Page, 'url'>;
  notes: EntityTable<Note, 'id'>;
};

// Every schema ever shipped stays declared: Dexie upgrades an old install by walking them.
/** First release: tags were one free-text field, pages had no site. */
export const SCHEMA_V1 = {
  pages: 'url, lastVisit',
  notes: 'id, pageUrl, updatedAt, speaker',
};
/** v2: tags become a list with a multi-entry index; pages are indexed by site. */
export const SCHEMA_V2 = {
  pages: 'url, lastVisit, site',
  notes: 'id, pageUrl, updatedAt, speaker, *tags',
};

/** Splits the v1 free-text tags field ("Economy, budget ,economy") into a clean list. */
export function tagsFromV1(tags: unknown): string[] {
  if (Array.isArray(tags)) return tags.filter((t): t is string => typeof t === 'string');
  if (typeof tags !== 'string') return [];
  const seen = new Set<string>();
  return tags
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '' && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
}

/** v3: the notes page's search index saved whole (storage/search-snapshot.ts); notes are unchanged. */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  [SEARCH_SNAPSHOT_TABLE]: 'part',
};

async function upgradeV1ToV2(tx: Transaction): Promise<void> {
  await tx.table('notes').toCollection().modify((note: { tags: unknown }) => {
    note.tags = tagsFromV1(note.tags);
  });
  await tx.table('pages').toCollection().modify((page: { url: string; site?: string }) => {
    page.site = siteOf(page.url);
  });
}

/** Opens (lazily, on first query) the Sourcelight database; tests pass a fresh name. */
export function openSourcelightDb(name: string = DB_NAME): SourcelightDb {
  const db = new Dexie(name) as SourcelightDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeV1ToV2);
  db.version(3).stores(SCHEMA_V3);
  db.on('populate', saveEmptySearchSnapshot);
  db.use(markNoteWrites);
  return db;
}
