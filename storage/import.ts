// Import of Sourcelight JSON and W3C Web Annotation files. A file is checked completely
// before anything is written, then written in one transaction: all or nothing.
import { z } from 'zod';
import type { SourcelightDb } from './db';
import { guarded, StorageError } from './errors';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
import { describeIssues, LIMITS, noteSchema, pageSchema } from './schema';
import type { Note, Page } from './types';
import { normalizePageUrl, siteOf } from './url';
import { annotationsOf, noteFromAnnotation, webAnnotationSchemaFor } from './web-annotation';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

// JSON.parse itself is safe, but these keys are a classic way to poison code that later
// merges the parsed object, and no legitimate file has them.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ImportResult {
  format: 'sourcelight' | 'web-annotation';
  notesAdded: number;
  notesUpdated: number;
  /** Already present and at least as recent locally: left untouched. */
  notesUnchanged: number;
  /** Annotations without a quote (e.g. whole-page notes), which Sourcelight cannot place. */
  notesSkipped: number;
  pagesAdded: number;
}

function invalid(reason: string): StorageError {
  return new StorageError('invalid-import', `This file could not be imported: ${reason}. Nothing was changed.`);
}

function byteLength(text: string): number {
  // UTF-8 needs at least one byte per UTF-16 unit and at most three, so encode only when it matters.
  if (text.length > MAX_IMPORT_BYTES) return text.length;
  if (text.length * 3 <= MAX_IMPORT_BYTES) return text.length;
  return new TextEncoder().encode(text).byteLength;
}

function parseJson(text: string): unknown {
  if (byteLength(text) > MAX_IMPORT_BYTES) {
    throw invalid(`it is larger than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB limit`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''), (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw invalid(`it contains the forbidden key "${key}"`);
      return value;
    });
  } catch (err) {
    if (err instanceof StorageError) throw err;
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

interface Parsed {
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

/**
 * Imports a file's notes. Same ids merge instead of duplicating; a note the reader edited
 * more recently than the file's copy is kept, never overwritten.
 */
export const importNotes = guarded(async (db: SourcelightDb, text: string): Promise<ImportResult> => {
  const now = Date.now();
  const parsed = await parseImportFile(text, now);
  const incomingPages = new Map(parsed.pages.map((p) => [p.url, p]));
  for (const note of parsed.notes) {
    if (!incomingPages.has(note.pageUrl)) incomingPages.set(note.pageUrl, stubPage(note.pageUrl, note.createdAt));
  }

  return db.transaction('rw', db.pages, db.notes, async () => {
    const pageUrls = [...incomingPages.keys()];
    const existingPages = await db.pages.bulkGet(pageUrls);
    const pages = pageUrls.map((url, i) => mergePage(existingPages[i], incomingPages.get(url)!));
    await db.pages.bulkPut(pages);

    const existingNotes = await db.notes.bulkGet(parsed.notes.map((n) => n.id));
    const newer = parsed.notes.filter((note, i) => !existingNotes[i] || note.updatedAt > existingNotes[i]!.updatedAt);
    await db.notes.bulkPut(newer);

    const added = existingNotes.filter((n) => n === undefined).length;
    return {
      format: parsed.format,
      notesAdded: added,
      notesUpdated: newer.length - added,
      notesUnchanged: parsed.notes.length - newer.length,
      notesSkipped: parsed.skipped,
      pagesAdded: existingPages.filter((p) => p === undefined).length,
    };
  });
});
