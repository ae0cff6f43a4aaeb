// The card that opens when a highlighted quote or official is clicked. It runs in the card's
// extension frame (entrypoints/card), which it fills.
import { useEffect, useRef } from 'preact/hooks';
import type { CardTarget, SaveStatus } from '@/utils/card';
import type { PersonSummary } from '@/utils/page-summary';
import { NoteField } from './NoteField';
import { speakerLabel } from './speaker-label';

interface Props {
  target: CardTarget;
  /** The quote's note text to start from. */
  noteBody: string;
  noteStatus: SaveStatus;
  onEditNote(body: string): void;
  onClose(): void;
}

export function QuoteCard({ target, noteBody, noteStatus, onEditNote, onClose }: Props) {
  const card = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  // On mount only: focusing again on each render would take the focus from the note field.
  // Escape closes on its release: the frame is removed then, not under the key still held down.
  useEffect(() => {
    card.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close.current();
    window.addEventListener('keyup', onKey, true);
    return () => window.removeEventListener('keyup', onKey, true);
  }, []);

  return (
    <div class="card" role="dialog" aria-label="Sourcelight" tabIndex={-1} ref={card}>
      <button class="close" type="button" aria-label="Close" onClick={onClose}>×</button>
      {target.kind === 'quote' ? (
        <QuoteBody target={target} noteBody={noteBody} noteStatus={noteStatus} onEditNote={onEditNote} />
      ) : (
        <PersonBody person={target.person} />
      )}
    </div>
  );
}

function QuoteBody({ target: { quote }, noteBody, noteStatus, onEditNote }: Pick<Props, 'noteBody' | 'noteStatus' | 'onEditNote'> & { target: Extract<CardTarget, { kind: 'quote' }> }) {
  return (
    <>
      <div class="speaker">{speakerLabel(quote.speaker, quote.speakerKind)}</div>
      {quote.role && <div class="role">{quote.role}</div>}
      <blockquote class="quote">“{quote.text}”</blockquote>
      <NoteField initial={noteBody} status={noteStatus} onEdit={onEditNote} />
    </>
  );
}

function PersonBody({ person }: { person: PersonSummary }) {
  return (
    <>
      <div class="speaker">{person.name}</div>
      <div class="role">{person.role ?? 'Role not given'}{person.official ? ' · official' : ''}</div>
      <div class="meta">
        {person.quoteCount === 0 ? 'Not quoted on this page' : `${person.quoteCount} quote${person.quoteCount > 1 ? 's' : ''} on this page`}
      </div>
    </>
  );
}
