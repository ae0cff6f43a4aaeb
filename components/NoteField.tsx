// A note field that saves as you type. A failed save keeps the text in the field and says why.
import { useEffect, useRef, useState } from 'preact/hooks';

const SAVE_DELAY_MS = 400;
type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export function NoteField({ initial, onSave }: { initial: string; onSave(body: string): Promise<void> }) {
  const [body, setBody] = useState(initial);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const pending = useRef<string | null>(null);

  const flush = async () => {
    clearTimeout(timer.current);
    const text = pending.current;
    if (text === null) return;
    pending.current = null;
    setStatus({ kind: 'saving' });
    try {
      await onSave(text);
      setStatus({ kind: 'saved' });
    } catch (err) {
      pending.current = text; // keep it for the next attempt
      setStatus({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };

  // Save what is still pending when the card closes.
  useEffect(() => () => void flush(), []);

  const onInput = (e: Event) => {
    const text = (e.currentTarget as HTMLTextAreaElement).value;
    setBody(text);
    pending.current = text;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  };

  return (
    <label class="note">
      <span class="note-label">Your note</span>
      <textarea value={body} onInput={onInput} onBlur={flush} rows={3} placeholder="Write a note on this quote…" />
      <span class={`status ${status.kind}`} role="status">
        {status.kind === 'saving' && 'Saving…'}
        {status.kind === 'saved' && 'Saved'}
        {status.kind === 'error' && `Not saved: ${status.message}`}
      </span>
    </label>
  );
}
