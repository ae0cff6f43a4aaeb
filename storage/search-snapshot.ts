// The notes page's search index, saved whole in a few large records, so a background that starts
// cold (an MV3 service worker is stopped after half a minute idle) reads 100,000 notes' search keys in
// a few reads instead of reading every note: Chromium takes about 8 µs per record, whatever its size.
//
// The saved index is valid only while no note changed since it was written. Every read-write
// transaction on `notes` is widened to this table and deletes the validity mark in the same
// transaction (a Dexie DBCore middleware), so a note written, imported or deleted by any path can
// never leave a stale index marked valid, whatever happens after.
import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie';
import type { SourcelightDb } from './db';
import type { IndexEntry } from './note-index';

export const SEARCH_SNAPSHOT_TABLE = 'searchSnapshot';
/** The record that says the parts are whole and current; its key sorts before every part's. */
const MARK = -1;
/** Entries per part record. */
const PART_SIZE = 10_000;

/** A run of entries, one array per field (arrays of strings clone far faster than objects). */
export interface SnapshotPart {
  part: number;
  ids: string[];
  updatedAt: number[];
  texts: string[];
  speakers: (string | null)[];
  nameless: (IndexEntry['nameless'])[];
  sites: string[];
  tags: string[][];
}

interface SnapshotMark {
  part: typeof MARK;
  parts: number;
  count: number;
}

function holdsSnapshotTable(trans: DBCoreTransaction): boolean {
  // The IndexedDB transaction itself; an upgrade from before the table existed lacks it.
  return (trans as unknown as IDBTransaction).objectStoreNames?.contains(SEARCH_SNAPSHOT_TABLE) ?? false;
}

/** Widens every read-write transaction on `notes` to the snapshot table and clears its mark there. */
export const invalidateOnNoteWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'searchSnapshotInvalidation',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened = mode === 'readwrite' && stores.includes('notes') && !stores.includes(SEARCH_SNAPSHOT_TABLE) && down.schema.tables.some((t) => t.name === SEARCH_SNAPSHOT_TABLE);
        return down.transaction(widened ? [...stores, SEARCH_SNAPSHOT_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'notes') return table;
        return {
          ...table,
          async mutate(req: DBCoreMutateRequest) {
            if (holdsSnapshotTable(req.trans)) await down.table(SEARCH_SNAPSHOT_TABLE).mutate({ type: 'delete', trans: req.trans, keys: [MARK] });
            return table.mutate(req);
          },
        };
      },
    };
  },
};

function toParts(entries: IndexEntry[]): SnapshotPart[] {
  const parts: SnapshotPart[] = [];
  for (let at = 0; at < entries.length; at += PART_SIZE) {
    const run = entries.slice(at, at + PART_SIZE);
    parts.push({
      part: parts.length,
      ids: run.map((e) => e.id),
      updatedAt: run.map((e) => e.updatedAt),
      texts: run.map((e) => e.text),
      speakers: run.map((e) => e.speaker),
      nameless: run.map((e) => e.nameless),
      sites: run.map((e) => e.site),
      tags: run.map((e) => e.tags),
    });
  }
  return parts;
}

function fromParts(parts: SnapshotPart[]): IndexEntry[] {
  const entries: IndexEntry[] = [];
  for (const p of parts) {
    for (let i = 0; i < p.ids.length; i++) {
      entries.push({ id: p.ids[i], updatedAt: p.updatedAt[i], text: p.texts[i], speaker: p.speakers[i], nameless: p.nameless[i], site: p.sites[i], tags: p.tags[i] });
    }
  }
  return entries;
}

/** The saved index, or null when there is none or a note changed since it was saved. */
export async function readSearchSnapshot(db: SourcelightDb): Promise<IndexEntry[] | null> {
  return db.transaction('r', SEARCH_SNAPSHOT_TABLE, async () => {
    const table = db.table(SEARCH_SNAPSHOT_TABLE);
    const mark = (await table.get(MARK)) as SnapshotMark | undefined;
    if (!mark) return null;
    const parts = (await table.where('part').aboveOrEqual(0).toArray()) as SnapshotPart[];
    const entries = fromParts(parts);
    return parts.length === mark.parts && entries.length === mark.count ? entries : null;
  });
}

/** How many notes there are, as the saved index knows it; null when it is not valid. */
export async function savedNoteCount(db: SourcelightDb): Promise<number | null> {
  const mark = (await db.table(SEARCH_SNAPSHOT_TABLE).get(MARK)) as SnapshotMark | undefined;
  return mark?.count ?? null;
}

/**
 * Saves the index and marks it valid. `current` is called once the transaction runs, after every
 * note write begun before it has finished, so what it returns is what the notes store holds.
 */
export async function writeSearchSnapshot(db: SourcelightDb, current: () => IndexEntry[]): Promise<void> {
  await db.transaction('rw', SEARCH_SNAPSHOT_TABLE, async () => {
    const table = db.table(SEARCH_SNAPSHOT_TABLE);
    await table.clear();
    const parts = toParts(current());
    await table.bulkPut(parts);
    const mark: SnapshotMark = { part: MARK, parts: parts.length, count: parts.reduce((n, p) => n + p.ids.length, 0) };
    await table.put(mark);
  });
}
