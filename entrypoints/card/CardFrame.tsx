// The card's frame: an extension page the content script places over the article. It gets what to
// show from the background by the card id in its URL and stores the note there itself, so the
// note's text and the reader's keystrokes never pass through the page.
import { useEffect, useState } from 'preact/hooks';
import { QuoteCard } from '@/components/QuoteCard';
import type { CardEvent, CardTarget, SaveStatus } from '@/utils/card';
import { askBackground } from '@/utils/messages';
import { useLayoutReports } from './layout';
import { QuoteNote } from './quote-note';

interface Card {
  target: CardTarget;
  tabId: number;
  note: QuoteNote | null;
}

export function CardFrame({ cardId }: { cardId: string }) {
  const [card, setCard] = useState<Card | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  // The field's text: the reader's, the note's again after an undo, or what another tab typed on the quote.
  const [body, setBody] = useState('');

  const tell = (tabId: number, event: CardEvent) =>
    void askBackground('card:event', { tabId, cardId, event }).catch(() => undefined);

  useEffect(() => {
    let opened: QuoteNote | null = null;
    (async () => {
      const { target, tabId, note } = await askBackground('card:take', { cardId });
      opened = target.kind === 'quote'
        ? await QuoteNote.open(target.anchor, note, { status: setStatus, text: setBody, stored: () => tell(tabId, { type: 'notesChanged' }) })
        : null;
      setBody(opened?.body ?? '');
      setCard({ target, tabId, note: opened });
    })().catch(() => undefined); // an unknown id (a page framing card.html itself, a card already closed) shows nothing
    return () => opened?.close();
  }, [cardId]);

  useLayoutReports(card !== null, (height) => card && tell(card.tabId, { type: 'layout', height }));

  if (!card) return null;
  const note = card.note;
  const failed = (err: unknown) => setStatus({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
  return (
    <QuoteCard
      target={card.target}
      note={note && {
        body,
        status,
        canDelete: note.exists,
        edit: (text) => {
          setBody(text);
          note.edit(text);
        },
        delete: () => {
          setBody('');
          note.delete().catch(failed);
        },
        undo: (deleted) => note.restore(deleted).then(() => setBody(deleted.body), failed),
      }}
      onClose={() => tell(card.tabId, { type: 'close' })}
    />
  );
}
