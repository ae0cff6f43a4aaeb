// A note's text that may be very long: clamped to a few lines with a "Show more" toggle, so one
// long note cannot make the popup thousands of pixels tall.
import { useState } from 'preact/hooks';

const CLAMP_CHARS = 280;
const CLAMP_LINES = 4;

export function LongText({ text }: { text: string }) {
  const [open, setOpen] = useState(false);
  const long = text.length > CLAMP_CHARS || text.split('\n').length > CLAMP_LINES;
  if (!long) return <div class="note-body">{text}</div>;
  return (
    <>
      <div class={`note-body${open ? '' : ' clamped'}`}>{text}</div>
      <button type="button" class="link more" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Show less' : 'Show more'}
      </button>
    </>
  );
}
