// The small card that opens when a highlighted quote or official is clicked.
import { useEffect, useRef } from 'preact/hooks';
import type { PersonSummary, QuoteSummary } from '@/utils/page-summary';
import { NoteField } from './NoteField';
import { speakerLabel } from './speaker-label';

export type CardTarget =
  | { kind: 'quote'; quote: QuoteSummary; noteBody: string; onSaveNote(body: string): Promise<void> }
  | { kind: 'person'; person: PersonSummary };

interface Props {
  target: CardTarget;
  /** Viewport point the card opens next to. */
  at: { x: number; y: number };
  onClose(): void;
}

const CARD_WIDTH = 340;

export function QuoteCard({ target, at, onClose }: Props) {
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    card.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onClose]);

  const left = Math.max(8, Math.min(at.x - 40, window.innerWidth - CARD_WIDTH - 8));
  const below = at.y < window.innerHeight * 0.6;
  const style = below ? { left, top: at.y + 14 } : { left, bottom: window.innerHeight - at.y + 14 };

  return (
    <div class="card" role="dialog" aria-label="Sourcelight" tabIndex={-1} ref={card} style={style}>
      <button class="close" type="button" aria-label="Close" onClick={onClose}>×</button>
      {target.kind === 'quote' ? <QuoteBody {...target} /> : <PersonBody person={target.person} />}
    </div>
  );
}

function QuoteBody({ quote, noteBody, onSaveNote }: Extract<CardTarget, { kind: 'quote' }>) {
  return (
    <>
      <div class="speaker">{speakerLabel(quote.speaker, quote.speakerKind)}</div>
      {quote.role && <div class="role">{quote.role}</div>}
      <blockquote class="quote">“{quote.text}”</blockquote>
      <NoteField initial={noteBody} onSave={onSaveNote} />
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
