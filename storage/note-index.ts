// The notes page's search over a store of 100,000 notes: every note's searchable text and filter
// keys held in the background's memory, loaded once and kept in step with every write (Dexie hooks),
// so a search scans strings in memory instead of reading each note from IndexedDB. The index is
// saved whole a moment after it changed (storage/search-snapshot.ts), so the next cold start reads it
// back at once instead of reading every note.
import type { SourcelightDb } from './db';
import { guarded } from './errors';
import { readSearchSnapshot, savedNoteCount, writeSearchSnapshot } from './search-snapshot';
import { searchable } from './notes';
import type { Note, NoteFilter } from './types';
import { siteOf } from './url';
import { NAMELESS_KINDS, namelessKind, type NamelessKind } from '../utils/speaker-label';

export interface IndexEntry {
  id: string;
  updatedAt: number;
  /** Body, quote and speaker, searchable (lower case, no accents), apart by a character no search holds. */
  text: string;
  speaker: string | null;
  /** For a note without a named speaker, which kind it is. */
  nameless: NamelessKind | null;
  site: string;
  tags: string[];
}

export interface FilterOptions {
  sites: string[];
  speakers: string[];
  /** The kinds of notes without a named speaker there are. */
  nameless: NamelessKind[];
  tags: string[];
}

/** A note's entry in the index. */
export function indexEntryOf(note: Note): IndexEntry {
  return {
    id: note.id,
    updatedAt: note.updatedAt,
    text: [note.body, note.selector.exact, note.speaker ?? ''].map(searchable).join('\u0000'),
    speaker: note.speaker,
    nameless: note.speaker === null ? namelessKind(note.speakerKind) : null,
    site: siteOf(note.pageUrl),
    tags: note.tags,
  };
}

/** Notes read per request when the index is built from the notes themselves. */
const READ_CHUNK = 5_000;
/** How long after the last change the index is saved: typing in a card changes a note every few keystrokes. */
export const SNAPSHOT_DELAY_MS = 5_000;

const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));

export class NoteIndex {
  private entries: Map<string, IndexEntry> | null = null;
  private loading: Promise<Map<string, IndexEntry>> | null = null;
  /** A write during the load may or may not be in what it read: the next query loads again. */
  private changedWhileLoading = false;
  /** The last query's answer, while nothing changed since: paging through it and exporting it ask again. */
  private lastQuery: { key: string; ids: string[] } | null = null;
  private saving: ReturnType<typeof setTimeout> | null = null;

  /** Keeps the index in step with every write to `db.notes` made through this database object, once it succeeded. */
  constructor(
    private readonly db: SourcelightDb,
    private readonly snapshotDelayMs = SNAPSHOT_DELAY_MS,
  ) {
    const index = this;
    db.notes.hook('creating', function (_key, note) {
      this.onsuccess = () => index.put(note as Note);
    });
    db.notes.hook('updating', function (changes, _key, note) {
      this.onsuccess = () => index.put({ ...(note as Note), ...(changes as Partial<Note>) });
    });
    db.notes.hook('deleting', function (key) {
      this.onsuccess = () => index.remove(key as string);
    });
  }

  private put(note: Note): void {
    this.changed();
    this.entries?.set(note.id, indexEntryOf(note));
  }

  private remove(id: string): void {
    this.changed();
    this.entries?.delete(id);
  }

  private changed(): void {
    if (this.loading) this.changedWhileLoading = true;
    this.lastQuery = null;
    if (this.entries) this.saveSoon();
  }

  private saveSoon(): void {
    if (this.saving) clearTimeout(this.saving);
    this.saving = setTimeout(() => void this.save().catch(() => undefined), this.snapshotDelayMs);
  }

  /** Saves the index as it is once every note write begun before has finished (when it is loaded). */
  async save(): Promise<void> {
    if (this.saving) clearTimeout(this.saving);
    this.saving = null;
    if (!this.entries) return;
    await writeSearchSnapshot(this.db, () => [...(this.entries ?? new Map()).values()]);
  }

  private load(): Promise<Map<string, IndexEntry>> {
    if (this.entries) return Promise.resolve(this.entries);
    this.loading ??= (async () => {
      this.changedWhileLoading = false;
      const saved = await readSearchSnapshot(this.db, indexEntryOf);
      const entries = new Map<string, IndexEntry>((saved?.entries ?? (await this.readAll())).map((e) => [e.id, e]));
      if (!this.changedWhileLoading) {
        this.entries = entries;
        if (!saved || saved.patched) this.saveSoon();
      }
      return entries;
    })().finally(() => (this.loading = null));
    return this.loading;
  }

  /** Every note's entry, read a chunk at a time in id order (one request per chunk, not per note). */
  private async readAll(): Promise<IndexEntry[]> {
    const entries: IndexEntry[] = [];
    for (let after: string | null = null; ; ) {
      const chunk: Note[] = await (after === null ? this.db.notes.orderBy(':id') : this.db.notes.where(':id').above(after)).limit(READ_CHUNK).toArray();
      for (const note of chunk) entries.push(indexEntryOf(note));
      if (chunk.length < READ_CHUNK) return entries;
      after = chunk[chunk.length - 1].id;
    }
  }

  /** The ids of the notes matching every criterion, newest first unless `order: 'oldest'` (the same as listNotes). */
  query = guarded(async (filter: NoteFilter): Promise<string[]> => {
    const entries = await this.load();
    const key = JSON.stringify([filter.text?.trim() ?? '', filter.site ?? '', filter.speaker ?? '', filter.nameless ?? '', filter.tag ?? '', filter.order ?? 'newest']);
    if (this.lastQuery?.key === key) return this.lastQuery.ids;
    const needle = filter.text?.trim() ? searchable(filter.text.trim()) : undefined;
    const site = filter.site?.trim().toLowerCase().replace(/^www\./, '');
    const matches: IndexEntry[] = [];
    for (const e of entries.values()) {
      if (filter.speaker && e.speaker !== filter.speaker) continue;
      if (filter.nameless && e.nameless !== filter.nameless) continue;
      if (filter.tag && !e.tags.includes(filter.tag)) continue;
      if (site && e.site !== site) continue;
      if (needle && !e.text.includes(needle)) continue;
      matches.push(e);
    }
    const direction = filter.order === 'oldest' ? 1 : -1;
    matches.sort((a, b) => direction * (a.updatedAt - b.updatedAt));
    const ids = matches.map((e) => e.id);
    if (this.entries === entries) this.lastQuery = { key, ids };
    return ids;
  });

  /** Up to `limit` ids of the notes matching `filter` that sort after `after`, in id order: an export's chunks. */
  idsAfter = guarded(async (filter: NoteFilter, after: string | null, limit: number): Promise<string[]> => {
    const ids = [...(await this.query(filter))].sort();
    let from = 0;
    for (let to = ids.length; from < to; ) {
      const mid = (from + to) >>> 1;
      if (after !== null && ids[mid] <= after) from = mid + 1;
      else to = mid;
    }
    return ids.slice(from, from + limit);
  });

  /**
   * How many notes there are: from memory or the saved index (with the notes changed since) when
   * either is at hand (counting 100,000 records takes Chromium about 170 ms), else counted.
   */
  count = guarded(async (): Promise<number> => {
    if (this.entries) return this.entries.size;
    return (await savedNoteCount(this.db)) ?? (await this.db.notes.count());
  });

  /** How many notes there are, and the values the filters offer. */
  options = guarded(async (): Promise<FilterOptions & { count: number }> => {
    const entries = [...(await this.load()).values()];
    return {
      count: entries.length,
      sites: sorted(entries.map((e) => e.site)),
      speakers: sorted(entries.flatMap((e) => (e.speaker ? [e.speaker] : []))),
      nameless: NAMELESS_KINDS.filter((k) => entries.some((e) => e.nameless === k)),
      tags: sorted(entries.flatMap((e) => e.tags)),
    };
  });
}
