// A note field that stores as you type. It says "Saved" only once the text shown is stored, and
// why not when storing failed (the text stays in the field and in the draft). An emptied field
// stores nothing; Delete removes the note, with an undo that brings back its text and tags. Text
// typed on the same quote in another tab, or saved on the notes page, replaces the field's, and the
// status says so.
import type { Note } from '@/storage/types';
import type { SaveStatus } from '@/utils/card';

export interface NoteControls {
  body: string;
  status: SaveStatus;
  /** Whether there is a note to delete. */
  canDelete: boolean;
  edit(body: string): void;
  delete(): void;
  undo(note: Note): void;
}

export function NoteField({ body, status, canDelete, edit, delete: remove, undo }: NoteControls) {
  const onInput = (e: Event) => edit((e.currentTarget as HTMLTextAreaElement).value);
  return (
    <div class="note">
      <label>
        <span class="note-label">Your note</span>
        <textarea value={body} onInput={onInput} rows={3} placeholder="Write a note on this quote…" />
      </label>
      <div class="note-actions">
        <span class={`status ${status.kind}`} role="status">
          <StatusText status={status} undo={undo} />
        </span>
        {canDelete && <button type="button" class="delete" onClick={remove}>Delete note</button>}
      </div>
    </div>
  );
}

function StatusText({ status, undo }: { status: SaveStatus; undo(note: Note): void }) {
  switch (status.kind) {
    case 'idle':
      return null;
    case 'saving':
      return <>Saving…</>;
    case 'saved':
      return <>Saved</>;
    case 'empty':
      return <>{status.stored ? 'Empty: not saved, the note keeps its text. Delete note removes it.' : 'Nothing to save yet.'}</>;
    case 'deleted':
      return status.note ? (
        <>
          Note deleted. <button type="button" class="link undo" onClick={() => undo(status.note!)}>Undo</button>
        </>
      ) : (
        <>Note deleted.</>
      );
    case 'elsewhere':
      return <>Changed in another tab</>;
    case 'outside':
      return <>Changed on the notes page</>;
    case 'error':
      return <>Not saved: {status.message}</>;
  }
}
