// The card that opens when a highlighted quote or official is clicked, or the keyboard goes to a
// quote. It runs in the card's extension frame (entrypoints/card), which it fills. It is a modal
// dialog named by its speaker and described by its quote, so a screen reader says both on opening;
// Tab stays inside it, and Escape closes it (the content script gives the focus back).
import { useEffect, useRef } from 'preact/hooks';
import type { CardTarget } from '@/utils/card';
import type { PersonSummary } from '@/utils/page-summary';
import { useFocusTrap } from './focus-trap';
import { NoteField, type NoteControls } from './NoteField';
import { speakerLabel } from '@/utils/speaker-label';
import { quotesText } from './profile-labels';

interface Props {
  target: CardTarget;
  /** The quote's note (null on a person's card). */
  note: NoteControls | null;
  onClose(): void;
}

export function QuoteCard({ target, note, onClose }: Props) {
  const card = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  // On mount only: focusing again on each render would take the focus from the note field.
  // Escape closes on its release: the frame is removed then, not under the key still held down.
  // A frame of another origin than the page may not take the focus itself: the content script
  // focuses the frame, and the card then takes the focus in it unless a control already has it.
  useEffect(() => {
    card.current?.focus();
    const onFocus = () => document.activeElement === document.body && card.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close.current();
    window.addEventListener('focus', onFocus);
    window.addEventListener('keyup', onKey, true);
    return () => {
      window.removeEventListener('focus', onFocus);
      window.removeEventListener('keyup', onKey, true);
    };
  }, []);
  useFocusTrap(card);

  return (
    <div class="card" role="dialog" aria-modal="true" aria-labelledby="card-title" aria-describedby="card-description" tabIndex={-1} ref={card} onFocusIn={revealFocused}>
      <button class="close" type="button" aria-label="Close card" title="Close (Esc)" onClick={onClose}>×</button>
      {target.kind === 'quote' ? (
        <QuoteBody target={target} note={note} />
      ) : (
        <PersonBody person={target.person} />
      )}
    </div>
  );
}

/** In a frame shorter than its card, a control the focus reaches is scrolled fully into view (browsers leave it half shown). */
function revealFocused(e: FocusEvent): void {
  const el = e.target as HTMLElement;
  if (!el.classList.contains('card')) el.scrollIntoView({ block: 'nearest' });
}

function QuoteBody({ target: { quote }, note }: Pick<Props, 'note'> & { target: Extract<CardTarget, { kind: 'quote' }> }) {
  return (
    <>
      <h1 class="speaker" id="card-title">{speakerLabel(quote.speaker, quote.speakerKind)}</h1>
      {quote.role && <div class="role">{quote.role}</div>}
      <blockquote class="quote" id="card-description">“{quote.text}”</blockquote>
      {note && <NoteField {...note} />}
    </>
  );
}

function PersonBody({ person }: { person: PersonSummary }) {
  return (
    <>
      <h1 class="speaker" id="card-title">{person.name}</h1>
      <div class="role" id="card-description">{person.role ?? 'Role not given'}{person.official ? ' · official' : ''}</div>
      <div class="meta">
        {person.quoteCount === 0 ? 'Not quoted on this page' : `${quotesText(person.quoteCount)} on this page`}
      </div>
    </>
  );
}
