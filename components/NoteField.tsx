// A note field that stores as you type. It says "Saved" only once the text shown is stored, and
// why not when storing failed (the text stays in the field and in the draft). Its text is the
// card's: text typed on the same quote in another tab replaces it, and the status says so.
import type { SaveStatus } from '@/utils/card';

export function NoteField({ body, status, onEdit }: { body: string; status: SaveStatus; onEdit(body: string): void }) {
  const onInput = (e: Event) => onEdit((e.currentTarget as HTMLTextAreaElement).value);

  return (
    <label class="note">
      <span class="note-label">Your note</span>
      <textarea value={body} onInput={onInput} rows={3} placeholder="Write a note on this quote…" />
      <span class={`status ${status.kind}`} role="status">
        {status.kind === 'saving' && 'Saving…'}
        {status.kind === 'saved' && 'Saved'}
        {status.kind === 'elsewhere' && 'Changed in another tab'}
        {status.kind === 'error' && `Not saved: ${status.message}`}
      </span>
    </label>
  );
}
