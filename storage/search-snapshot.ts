// The notes page's search index, saved whole in a few large records, so a background that starts
// cold (an MV3 service worker is stopped after half a minute idle) reads 100,000 notes' search keys in
// a few reads instead of reading every note: Chromium takes about 8 µs per record, whatever its size.
//
// The saved index never goes stale unseen: every read-write transaction on `notes` is widened to
// this table and, in the same transaction (a Dexie DBCore middleware), leaves a marker for each note
// it writes or deletes, saying whether the saved index holds that note. A cold start reads the saved
// index and only the notes marked; it counts the notes from the markers too (counting 100,000 records
// costs Chromium about 170 ms). A new database starts with the saved index of no notes; clearing the
// notes store drops it (the next load saves it again).
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware, Transaction } from 'dexie';
import type { SourcelightDb } from './db';
import type { IndexEntry } from './note-index';
import type { Note } from './types';

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
  /** How many notes are marked changed since (absent in marks saved before markers existed: none). */
  changed?: number;
}

/** A note written or deleted since the index was saved (its id is the key, a string; parts are numbers). */
interface ChangedMarker {
  part: string;
  /** Whether the note existed when the index was saved, so is among its entries. */
  saved: boolean;
}

/** Every part record's key (numbers from 0); markers' keys are strings, which IndexedDB sorts after every number. */
const PART_KEYS: [number, number] = [0, Infinity];
/**
 * Past this many notes changed since the save (an import), the saved index is dropped: reading and
 * counting that many marked notes one by one costs about what reading the store does.
 */
const MARKED_LIMIT = 1_000;

function holdsSnapshotTable(trans: DBCoreTransaction): boolean {
  // The IndexedDB transaction itself; an upgrade from before the table existed lacks it.
  return (trans as unknown as IDBTransaction).objectStoreNames?.contains(SEARCH_SNAPSHOT_TABLE) ?? false;
}

/** Marks, in the write's own transaction, the notes a write to `notes` changes, while a saved index exists. */
async function markChanged(notes: DBCoreTable, snapshot: DBCoreTable, req: DBCoreMutateRequest): Promise<void> {
  const trans = req.trans;
  if (req.type === 'deleteRange') {
    await snapshot.mutate({ type: 'delete', trans, keys: [MARK] });
    return;
  }
  const mark = (await snapshot.get({ trans, key: MARK })) as SnapshotMark | undefined;
  if (mark === undefined) return;
  const keys: string[] = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v) => notes.schema.primaryKey.extractKey!(v)));
  const unique = [...new Set(keys)];
  const marked = await snapshot.getMany({ trans, keys: unique });
  // A note marked before keeps its first marker: only that one knows what the saved index holds.
  const first = unique.filter((_, i) => marked[i] === undefined);
  if (first.length === 0) return;
  const changed = (mark.changed ?? 0) + first.length;
  if (changed > MARKED_LIMIT) {
    await snapshot.mutate({ type: 'delete', trans, keys: [MARK] });
    return;
  }
  const before = await notes.getMany({ trans, keys: first });
  const markers: ChangedMarker[] = first.map((id, i) => ({ part: id, saved: before[i] !== undefined }));
  await snapshot.mutate({ type: 'put', trans, values: [...markers, { ...mark, changed }] });
}

/** Widens every read-write transaction on `notes` to the snapshot table and marks there what each write changes. */
export const markNoteWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'searchSnapshotMarkers',
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
            if (holdsSnapshotTable(req.trans)) await markChanged(table, down.table(SEARCH_SNAPSHOT_TABLE), req);
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

/**
 * The saved index brought up to date: its entries, those of the notes changed since taken from the
 * store (`entryOf`); `patched` when there were any (the index is then worth saving again). Null when
 * there is no saved index.
 */
export async function readSearchSnapshot(db: SourcelightDb, entryOf: (note: Note) => IndexEntry): Promise<{ entries: IndexEntry[]; patched: boolean } | null> {
  return db.transaction('r', SEARCH_SNAPSHOT_TABLE, db.notes, async () => {
    const table = db.table(SEARCH_SNAPSHOT_TABLE);
    const mark = (await table.get(MARK)) as SnapshotMark | undefined;
    if (!mark) return null;
    const parts = (await table.where('part').between(...PART_KEYS, true, true).toArray()) as SnapshotPart[];
    const entries = fromParts(parts);
    if (parts.length !== mark.parts || entries.length !== mark.count) return null;
    const changed = (await table.where('part').aboveOrEqual('').primaryKeys()) as string[];
    if (changed.length === 0) return { entries, patched: false };
    const ids = new Set(changed);
    const current = (await db.notes.bulkGet(changed)).filter((n): n is Note => n !== undefined);
    return { entries: [...entries.filter((e) => !ids.has(e.id)), ...current.map(entryOf)], patched: true };
  });
}

/** How many notes there are, from the saved index and the notes changed since; null without a saved index. */
export async function savedNoteCount(db: SourcelightDb): Promise<number | null> {
  return db.transaction('r', SEARCH_SNAPSHOT_TABLE, db.notes, async () => {
    const table = db.table(SEARCH_SNAPSHOT_TABLE);
    const mark = (await table.get(MARK)) as SnapshotMark | undefined;
    if (!mark) return null;
    const markers = (await table.where('part').aboveOrEqual('').toArray()) as ChangedMarker[];
    const now = await db.notes.bulkGet(markers.map((m) => m.part));
    return markers.reduce((count, m, i) => count + (now[i] ? 1 : 0) - (m.saved ? 1 : 0), mark.count);
  });
}

/** A new database starts with the saved index of no notes, so its count is never the store's to count. */
export function saveEmptySearchSnapshot(tx: Transaction): Promise<unknown> {
  const mark: SnapshotMark = { part: MARK, parts: 0, count: 0 };
  return tx.table(SEARCH_SNAPSHOT_TABLE).put(mark);
}

/**
 * Saves the index (dropping every marker) and marks it valid. `current` is called once the transaction runs, after every
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
