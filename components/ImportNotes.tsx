import { useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES, type ImportUndo } from '@/storage/import';
import { importInChunks, undoInChunks } from './import-in-chunks';

/** Imports Sourcelight JSON or W3C Web Annotation JSON; a bad file is refused whole, with the reason. */
export function ImportNotes({ onImported }: { onImported(): void }) {
  // While a file is read and stored the message says how far it got (`progress`), then what was done.
  const [message, setMessage] = useState<{ error: boolean; text: string; progress?: boolean } | null>(null);
  // The last import, until it is undone or another file is chosen.
  const [undo, setUndo] = useState<ImportUndo | null>(null);
  const takeBack = async () => {
    if (!undo) return;
    try {
      const removed = await undoInChunks(undo);
      setUndo(null);
      const kept = undo.notes.length - removed;
      setMessage({ error: false, text: `Import undone: ${removed} ${removed === 1 ? 'note' : 'notes'} removed${kept ? `, ${kept} edited since kept` : ''}.` });
      onImported();
    } catch (err) {
      setMessage({ error: true, text: err instanceof Error ? err.message : String(err) });
    }
  };
  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setUndo(null);
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage({ error: true, text: `This file is too large to import (${Math.round(file.size / 1e6)} MB; the limit is ${Math.round(MAX_IMPORT_BYTES / 1e6)} MB). Nothing was changed.` });
      return;
    }
    try {
      setMessage({ error: false, progress: true, text: 'Reading the file…' });
      const r = await importInChunks(await file.text(), (stored, total) =>
        setMessage({ error: false, progress: true, text: `Importing: ${stored.toLocaleString('en')} of ${total.toLocaleString('en')} notes stored…` }),
      );
      const beside = r.notesKeptBeside ? `, ${r.notesKeptBeside} kept beside a different note with the same id` : '';
      const skipped = r.notesSkipped ? `, ${r.notesSkipped} skipped (no quote)` : '';
      setMessage({ error: false, text: `Imported: ${r.notesAdded} new, ${r.notesUnchanged} already there${beside}${skipped}.` });
      setUndo(r.undo.notes.length ? r.undo : null);
      onImported();
    } catch (err) {
      setMessage({ error: true, text: err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <div class="import">
      <label>
        Import notes… <input type="file" accept=".json,.jsonld,application/json,application/ld+json" onChange={onFile} />
      </label>
      {message && <span class={message.error ? 'error' : message.progress ? 'muted progress' : 'muted'} role={message.error ? 'alert' : 'status'}> {message.text}</span>}
      {undo && <button type="button" class="link undo-import" onClick={takeBack}>Undo import</button>}
    </div>
  );
}
