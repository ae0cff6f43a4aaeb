// The notes to export, read from the background a chunk at a time, so no message carries the
// whole store; the notes page or popup then renders the file itself (storage/export.ts).
import type { Snapshot, SnapshotScope } from '@/storage/snapshot';
import { sortForExport } from '@/storage/snapshot';
import type { Note, NoteFilter, Page } from '@/storage/types';
import { askBackground } from '@/utils/messages';

/** Notes or pages per message. */
const READ_CHUNK = 2_000;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += READ_CHUNK) out.push(items.slice(at, at + READ_CHUNK));
  return out;
}

/** Which notes to export: one page's, the given ids, those matching a filter, or (all absent) all. */
export type ChunkedScope = SnapshotScope & { filter?: NoteFilter };

export async function readSnapshotInChunks(scope: ChunkedScope): Promise<Snapshot> {
  const notes: Note[] = [];
  if (scope.ids) {
    for (const ids of chunks(scope.ids)) notes.push(...(await askBackground('notes:get', { ids })));
  } else {
    for (let after: string | null = null; ; ) {
      const batch: Note[] = await askBackground('notes:chunk', { after, limit: READ_CHUNK, url: scope.url, filter: scope.filter });
      notes.push(...batch);
      if (batch.length < READ_CHUNK) break;
      after = batch[batch.length - 1].id;
    }
  }
  sortForExport(notes);
  const urls = [...new Set(notes.map((n) => n.pageUrl))].sort();
  const pages: Page[] = [];
  for (const part of chunks(urls)) pages.push(...(await askBackground('pages:get', { urls: part })));
  return { pages, notes };
}
