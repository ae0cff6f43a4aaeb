// A note field that stores as you type. It says "Saved" only once the text shown is stored, and
// why not when storing failed (the text stays in the field and in the draft).
import { useState } from 'preact/hooks';
import type { SaveStatus } from '@/utils/card';

export function NoteField({ initial, status, onEdit }: { initial: string; status: SaveStatus; onEdit(body: string): void }) {
  const [body, setBody] = useState(initial);
  const onInput = (e: Event) => {
    const text = (e.currentTarget as HTMLTextAreaElement).value;
    setBody(text);
    onEdit(text);
  };

  return (
    <label class="note">
      <span class="note-label">Your note</span>
      <textarea value={body} onInput={onInput} rows={3} placeholder="Write a note on this quote…" />
      <span class={`status ${status.kind}`} role="status">
        {status.kind === 'saving' && 'Saving…'}
        {status.kind === 'saved' && 'Saved'}
        {status.kind === 'error' && `Not saved: ${status.message}`}
      </span>
    </label>
  );
}
