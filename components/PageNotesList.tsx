import type { NoteSummary, QuoteSummary } from '@/utils/page-summary';
import { OpenCardButton } from './QuoteButton';
import { LongText } from './LongText';

export function PageNotesList({ notes, quotes, onQuote, onOpenCard }: { notes: NoteSummary[]; quotes: QuoteSummary[]; onQuote(id: string): void; onOpenCard(id: string): void }) {
  if (notes.length === 0) return null;
  const byId = new Map(quotes.map((q) => [q.id, q]));
  return (
    <section aria-label="Your notes">
      <h2>Your notes ({notes.length})</h2>
      <ul>
        {notes.map(({ note, quoteId }) => {
          const quote = quoteId ? byId.get(quoteId) : undefined;
          return (
            <li key={note.id} class="page-note">
              {quote ? (
                <div class="quote-row">
                  <button type="button" class="quote" data-quote-id={quote.id} onClick={() => onQuote(quote.id)}>“{note.selector.exact}”</button>
                  <OpenCardButton quoteId={quote.id} text={note.selector.exact} onOpenCard={onOpenCard} />
                </div>
              ) : (
                <div class="detached">Quote no longer on the page: “{note.selector.exact}”</div>
              )}
              <LongText text={note.body} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
