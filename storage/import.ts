// Import of Sourcelight JSON and W3C Web Annotation files. A file is checked completely
// before anything is written, then written in one transaction: all or nothing.
import { z } from 'zod';
import type { SourcelightDb } from './db';
import { guarded, StorageError } from './errors';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
import { otherFormatOf, otherFormatReason } from './import-format';
import { describeIssues, LIMITS, noteSchema, pageSchema } from './schema';
import type { Note, Page } from './types';
import { normalizePageUrl, siteOf } from './url';
import { annotationsOf, noteFromAnnotation, webAnnotationSchemaFor } from './web-annotation';

/**
 * The largest file the notes page reads. Far above any export of the store's 100,000 notes of
 * everyday length; the file is parsed in the notes page and stored in chunks, never sent whole.
 */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

/** Notes per chunk the notes page sends to the background. */
export const IMPORT_CHUNK = 1_000;

// JSON.parse itself is safe, but these keys are a classic way to poison code that later
// merges the parsed object, and no legitimate file has them.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ImportResult {
  format: 'sourcelight' | 'web-annotation';
  notesAdded: number;
  /** A different note already had their id: added beside it under a new id, the local one untouched. */
  notesKeptBeside: number;
  /** Already present with the same content. */
  notesUnchanged: number;
  /** Annotations without a quote (e.g. whole-page notes), which Sourcelight cannot place. */
  notesSkipped: number;
  pagesAdded: number;
  /** What the import added, so that the reader can take it back (undoImport). */
  undo: ImportUndo;
}

/** The notes an import added (with their stamp then, to tell a later edit) and the pages it created or changed for them. */
export interface ImportUndo {
  notes: { id: string; updatedAt: number }[];
  pageUrls: string[];
  /** Stored pages the import gave a title or wider visit times: as they were, and as it left them. */
  pagesMerged: MergedPage[];
}

export interface MergedPage {
  before: Page;
  after: Page;
}

/** The fields an import may change in a stored page. */
const MERGED_FIELDS = ['title', 'firstVisit', 'lastVisit'] as const;

const mergedPageSchema = z.object({ before: pageSchema, after: pageSchema });

function invalid(reason: string): StorageError {
  return new StorageError('invalid-import', `This file could not be imported: ${reason}. Nothing was changed.`);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''), (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw invalid(`it contains the forbidden key "${key}"`);
      return value;
    });
  } catch (err) {
    if (err instanceof StorageError) throw err;
    const other = otherFormatOf(text);
    if (other) throw invalid(otherFormatReason(other));
    throw invalid(`it is not valid JSON, perhaps truncated or damaged (${(err as Error).message})`);
  }
}

function validate<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw invalid(`${what}: ${describeIssues(result.error)}`);
  return result.data;
}

const sourcelightFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().max(100),
  pages: z.array(pageSchema).max(LIMITS.pages),
  notes: z.array(noteSchema).max(LIMITS.notes),
});

export interface Parsed {
  format: ImportResult['format'];
  pages: Page[];
  notes: Note[];
  skipped: number;
}

function readSourcelight(data: unknown): Parsed {
  const { version } = data as { version?: unknown };
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    throw invalid(`it was made by a newer Sourcelight (format version ${version}); update the extension first`);
  }
  const file = validate(sourcelightFileSchema, data, 'Sourcelight file');
  // Re-key by today's normalisation, so hand-edited or older files land on the right page.
  return {
    format: 'sourcelight',
    pages: file.pages.map((page) => ({ ...page, url: normalizePageUrl(page.url) })),
    notes: file.notes.map((note) => ({ ...note, pageUrl: normalizePageUrl(note.pageUrl) })),
    skipped: 0,
  };
}

/** A UUID (v8 layout) derived from `seed`, so the same annotation always gets the same id. */
async function stableUuid(seed: string): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(seed)));
  hash[6] = (hash[6] & 0x0f) | 0x80;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = [...hash.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

async function readWebAnnotations(data: unknown, schema: z.ZodType<unknown>, now: number): Promise<Parsed> {
  const annotations = annotationsOf(validate(schema, data, 'Web Annotation file'));
  const notes: Note[] = [];
  for (const [index, annotation] of annotations.entries()) {
    const converted = noteFromAnnotation(annotation, now);
    if (!converted) continue;
    const { sourceId, ...fields } = converted;
    const ownId = sourceId?.match(/^urn:uuid:(.+)$/)?.[1];
    const id = ownId && z.uuid().safeParse(ownId).success
      ? ownId.toLowerCase()
      : await stableUuid(sourceId ?? JSON.stringify([fields.pageUrl, fields.selector.exact, fields.selector.prefix, fields.body, fields.createdAt]));
    const note = { ...fields, id, pageUrl: normalizePageUrl(fields.pageUrl) };
    notes.push(validate(noteSchema, note, `annotation ${index + 1}`));
  }
  return { format: 'web-annotation', pages: [], notes, skipped: annotations.length - notes.length };
}

function isSourcelightFile(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'format' in data;
}

/** One note per id (the most recently updated), so a file cannot contradict itself. */
function newestPerId(notes: Note[]): Note[] {
  const byId = new Map<string, Note>();
  for (const note of notes) {
    const seen = byId.get(note.id);
    if (!seen || note.updatedAt > seen.updatedAt) byId.set(note.id, note);
  }
  return [...byId.values()];
}

async function readFile(data: unknown, now: number): Promise<Parsed> {
  if (isSourcelightFile(data)) return readSourcelight(data);
  const webAnnotationSchema = webAnnotationSchemaFor(data);
  if (webAnnotationSchema) return readWebAnnotations(data, webAnnotationSchema, now);
  throw invalid('it is neither a Sourcelight export nor a W3C Web Annotation file');
}

/** Parses and fully validates a file; throws StorageError('invalid-import') naming the problem. */
export async function parseImportFile(text: string, now: number = Date.now()): Promise<Parsed> {
  const parsed = await readFile(parseJson(text), now);
  return { ...parsed, notes: newestPerId(parsed.notes) };
}

function mergePage(existing: Page | undefined, incoming: Page): Page {
  if (!existing) return incoming;
  return {
    ...existing,
    title: existing.title || incoming.title,
    firstVisit: Math.min(existing.firstVisit, incoming.firstVisit),
    lastVisit: Math.max(existing.lastVisit, incoming.lastVisit),
  };
}

function stubPage(url: string, at: number): Page {
  return { url, title: '', site: siteOf(url), firstVisit: at, lastVisit: at };
}

/** Same page, quote, speaker, role, text and tags (timestamps aside). */
function sameContent(a: Note, b: Note): boolean {
  const content = (n: Note) => JSON.stringify([n.pageUrl, n.selector, n.speaker, n.role, n.body, n.tags]);
  return content(a) === content(b);
}

/** The id an incoming note takes when its own is taken by a different note: derived from it, so importing the file again finds it. */
function besideId(note: Note): Promise<string> {
  return stableUuid(JSON.stringify(['beside', note.id, note.pageUrl, note.selector, note.speaker, note.role, note.body, note.tags]));
}

/**
 * Imports a file's notes. Nothing stored is ever overwritten: a note whose id is new is added,
 * one identical to the stored note of that id is left as it is, and one that differs is added
 * beside it under an id of its own. Importing the same file again changes nothing.
 */
export const importNotes = guarded(async (db: SourcelightDb, text: string): Promise<ImportResult> => {
  return importParsed(db, await parseImportFile(text));
});

const parsedSchema = z.object({
  format: z.enum(['sourcelight', 'web-annotation']),
  pages: z.array(pageSchema).max(LIMITS.pages),
  notes: z.array(noteSchema).max(LIMITS.notes),
  skipped: z.number().int().nonnegative(),
});

/**
 * Stores notes a file was parsed into (parseImportFile), all or nothing: the notes page parses a
 * big file itself and sends it in chunks (IMPORT_CHUNK notes each), checked again here.
 */
export const importParsed = guarded(async (db: SourcelightDb, input: Parsed): Promise<ImportResult> => {
  const parsed = validate(parsedSchema, input, 'Parsed import');
  // Only the pages the notes are on: a file's other pages would be browsing history, not notes.
  const notedUrls = new Set(parsed.notes.map((n) => n.pageUrl));
  const incomingPages = new Map(parsed.pages.filter((p) => notedUrls.has(p.url)).map((p) => [p.url, p]));
  // A note whose page the file leaves out gets a page made for it, which never changes a stored one.
  const stubs = new Set<string>();
  for (const note of parsed.notes) {
    if (incomingPages.has(note.pageUrl)) continue;
    incomingPages.set(note.pageUrl, stubPage(note.pageUrl, note.createdAt));
    stubs.add(note.pageUrl);
  }
  const besideIds = await Promise.all(parsed.notes.map(besideId));

  return db.transaction('rw', db.pages, db.notes, async () => {
    const pageUrls = [...incomingPages.keys()];
    const existingPages = await db.pages.bulkGet(pageUrls);
    const pages = pageUrls.map((url, i) => (stubs.has(url) && existingPages[i]) || mergePage(existingPages[i], incomingPages.get(url)!));
    await db.pages.bulkPut(pages);
    const pagesMerged = pages.flatMap((after, i) => {
      const before = existingPages[i];
      return before && MERGED_FIELDS.some((f) => before[f] !== after[f]) ? [{ before, after }] : [];
    });

    const sameId = await db.notes.bulkGet(parsed.notes.map((n) => n.id));
    const beside = await db.notes.bulkGet(besideIds);
    const added: Note[] = [];
    let keptBeside = 0;
    parsed.notes.forEach((note, i) => {
      const stored = sameId[i];
      if (!stored) added.push(note);
      else if (!sameContent(stored, note) && !beside[i]) {
        added.push({ ...note, id: besideIds[i] });
        keptBeside++;
      }
    });
    await db.notes.bulkAdd(added);

    return {
      format: parsed.format,
      notesAdded: added.length - keptBeside,
      notesKeptBeside: keptBeside,
      notesUnchanged: parsed.notes.length - added.length,
      notesSkipped: parsed.skipped,
      pagesAdded: existingPages.filter((p) => p === undefined).length,
      undo: { notes: added.map(({ id, updatedAt }) => ({ id, updatedAt })), pageUrls: pageUrls.filter((_, i) => existingPages[i] === undefined), pagesMerged },
    };
  });
});

/**
 * Takes an import back: removes the notes it added, except any the reader has edited since, and
 * the pages it created that no note is on any more, and puts back what it changed in stored pages
 * (a field changed since, as by a later visit, stays). Returns how many notes were removed.
 */
export const undoImport = guarded(async (db: SourcelightDb, undo: ImportUndo): Promise<number> => {
  const merged = validate(z.array(mergedPageSchema), undo.pagesMerged, 'Import undo');
  return db.transaction('rw', db.pages, db.notes, async () => {
    const stored = await db.notes.bulkGet(undo.notes.map((n) => n.id));
    const untouched = undo.notes.filter((n, i) => stored[i]?.updatedAt === n.updatedAt).map((n) => n.id);
    await db.notes.bulkDelete(untouched);
    for (const url of undo.pageUrls) {
      if ((await db.notes.where('pageUrl').equals(url).count()) === 0) await db.pages.delete(url);
    }
    const now = await db.pages.bulkGet(merged.map((m) => m.after.url));
    const restored = merged.flatMap(({ before, after }, i) => {
      const page = now[i];
      if (!page) return [];
      const back = { ...page };
      for (const f of MERGED_FIELDS) if (page[f] === after[f]) Object.assign(back, { [f]: before[f] });
      return [back];
    });
    await db.pages.bulkPut(restored);
    return untouched.length;
  });
});
