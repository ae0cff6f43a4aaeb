// The notes page's search over a store of 100,000 notes: every note's searchable text and filter
// keys held in the background's memory, loaded once and kept in step with every write (Dexie hooks),
// so a search scans strings in memory instead of reading each note from IndexedDB.
import type { SourcelightDb } from './db';
import { guarded } from './errors';
import { searchable } from './notes';
import type { Note, NoteFilter } from './types';
import { siteOf } from './url';
import { NAMELESS_KINDS, namelessKind, type NamelessKind } from '../utils/speaker-label';

interface Entry {
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

function entryOf(note: Note): Entry {
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

const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));

export class NoteIndex {
  private entries: Map<string, Entry> | null = null;
  private loading: Promise<Map<string, Entry>> | null = null;
  /** A write during the load may or may not be in what it read: the next query loads again. */
  private changedWhileLoading = false;

  /** Keeps the index in step with every write to `db.notes` made through this database object, once it succeeded. */
  constructor(private readonly db: SourcelightDb) {
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
    if (this.loading) this.changedWhileLoading = true;
    this.entries?.set(note.id, entryOf(note));
  }

  private remove(id: string): void {
    if (this.loading) this.changedWhileLoading = true;
    this.entries?.delete(id);
  }

  private load(): Promise<Map<string, Entry>> {
    if (this.entries) return Promise.resolve(this.entries);
    this.loading ??= (async () => {
      this.changedWhileLoading = false;
      const entries = new Map<string, Entry>();
      await this.db.notes.each((note) => void entries.set(note.id, entryOf(note)));
      if (!this.changedWhileLoading) this.entries = entries;
      return entries;
    })().finally(() => (this.loading = null));
    return this.loading;
  }

  /** The ids of the notes matching every criterion, newest first unless `order: 'oldest'` (the same as listNotes). */
  query = guarded(async (filter: NoteFilter): Promise<string[]> => {
    const entries = await this.load();
    const needle = filter.text?.trim() ? searchable(filter.text.trim()) : undefined;
    const site = filter.site?.trim().toLowerCase().replace(/^www\./, '');
    const matches: Entry[] = [];
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
    return matches.map((e) => e.id);
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
