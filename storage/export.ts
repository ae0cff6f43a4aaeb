// Export entry point: one call per format, returning a ready-to-download file.
import { toCsv } from './csv';
import type { SourcelightDb } from './db';
import { guarded, StorageError } from './errors';
import { toMarkdown } from './markdown';
import { readSnapshot, type Snapshot, type SnapshotScope } from './snapshot';
import type { Note, Page } from './types';
import { toWebAnnotationCollection } from './web-annotation';

export const EXPORT_FORMAT = 'sourcelight-notes';
export const EXPORT_VERSION = 1;

/** The lossless native format: every stored field of every page and note. */
export interface SourcelightExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  pages: Page[];
  notes: Note[];
}

export type ExportFormat = 'json' | 'csv' | 'markdown' | 'web-annotation';

export interface ExportFile {
  filename: string;
  mimeType: string;
  content: string;
}

export function toSourcelightJson(snapshot: Snapshot, exportedAt: Date): SourcelightExport {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: exportedAt.toISOString(), ...snapshot };
}

const RENDERERS: Record<ExportFormat, { extension: string; mimeType: string; render: (s: Snapshot, at: Date) => string }> = {
  json: {
    extension: 'json',
    mimeType: 'application/json',
    render: (s, at) => JSON.stringify(toSourcelightJson(s, at), null, 2),
  },
  csv: { extension: 'csv', mimeType: 'text/csv;charset=utf-8', render: toCsv },
  markdown: { extension: 'md', mimeType: 'text/markdown;charset=utf-8', render: toMarkdown },
  'web-annotation': {
    extension: 'jsonld',
    mimeType: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
    render: (s) => JSON.stringify(toWebAnnotationCollection(s), null, 2),
  },
};

/** The notes in scope (default: all) in the given format, e.g. "sourcelight-notes-2024-05-01.csv". */
export const exportNotes = guarded(
  async (db: SourcelightDb, format: ExportFormat, now: Date = new Date(), scope: SnapshotScope = {}): Promise<ExportFile> => {
    return renderExport(format, await readSnapshot(db, scope), now);
  },
);

/** A snapshot in the given format; the notes page renders the snapshot it read in chunks. */
export function renderExport(format: ExportFormat, snapshot: Snapshot, now: Date): ExportFile {
  const renderer = RENDERERS[format];
  if (!renderer) throw new StorageError('invalid-data', `Unknown export format: ${String(format)}.`);
  return {
    filename: `sourcelight-notes-${now.toISOString().slice(0, 10)}.${renderer.extension}`,
    mimeType: renderer.mimeType,
    content: renderer.render(snapshot, now),
  };
}
