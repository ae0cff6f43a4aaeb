// An import of any size: the notes page parses and checks the file itself, then hands the
// background a chunk of notes at a time, so no message carries the whole file. A chunk that fails
// takes the chunks before it back: the reader sees all or nothing, as with one transaction. Undo
// goes in chunks too: an import of the whole store would otherwise send every id in one message.
import { IMPORT_CHUNK, parseImportFile, type ImportResult, type ImportUndo } from '@/storage/import';
import { askBackground } from '@/utils/messages';

/** Imports `text`; `onProgress` hears how many of the file's notes are stored after each chunk. */
export async function importInChunks(text: string, onProgress: (stored: number, total: number) => void = () => undefined): Promise<ImportResult> {
  const parsed = await parseImportFile(text);
  const total: ImportResult = {
    format: parsed.format,
    notesAdded: 0,
    notesKeptBeside: 0,
    notesUnchanged: 0,
    notesSkipped: parsed.skipped,
    pagesAdded: 0,
    undo: { notes: [], pageUrls: [], pagesMerged: [] },
  };
  try {
    for (let at = 0; at < parsed.notes.length; at += IMPORT_CHUNK) {
      const notes = parsed.notes.slice(at, at + IMPORT_CHUNK);
      const urls = new Set(notes.map((n) => n.pageUrl));
      const pages = parsed.pages.filter((p) => urls.has(p.url));
      const r = await askBackground('notes:importChunk', { format: parsed.format, pages, notes, skipped: 0 });
      total.notesAdded += r.notesAdded;
      total.notesKeptBeside += r.notesKeptBeside;
      total.notesUnchanged += r.notesUnchanged;
      total.pagesAdded += r.pagesAdded;
      total.undo.notes.push(...r.undo.notes);
      total.undo.pageUrls.push(...r.undo.pageUrls);
      // A page whose notes span chunks changes in the first only (the same file record merged again changes nothing).
      total.undo.pagesMerged.push(...r.undo.pagesMerged);
      if (at + IMPORT_CHUNK < parsed.notes.length) onProgress(at + notes.length, parsed.notes.length);
    }
  } catch (err) {
    if (total.undo.notes.length || total.undo.pagesMerged.length) await undoInChunks(total.undo).catch(() => undefined);
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`This file could not be imported (${reason}). Nothing was changed.`);
  }
  return total;
}

/**
 * Takes an import back, IMPORT_CHUNK notes per message, then the pages it made (each removed only
 * once no note is on it, so after every note) and changed. Returns how many notes were removed.
 */
export async function undoInChunks(undo: ImportUndo): Promise<number> {
  let removed = 0;
  for (let at = 0; at < undo.notes.length; at += IMPORT_CHUNK) {
    removed += await askBackground('notes:undoImport', { notes: undo.notes.slice(at, at + IMPORT_CHUNK), pageUrls: [], pagesMerged: [] });
  }
  for (let at = 0; at < Math.max(undo.pageUrls.length, undo.pagesMerged.length); at += IMPORT_CHUNK) {
    const pageUrls = undo.pageUrls.slice(at, at + IMPORT_CHUNK);
    await askBackground('notes:undoImport', { notes: [], pageUrls, pagesMerged: undo.pagesMerged.slice(at, at + IMPORT_CHUNK) });
  }
  return removed;
}
