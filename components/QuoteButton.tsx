import type { QuoteSummary } from '@/utils/page-summary';

const LABEL_QUOTE_CHARS = 60;

/**
 * A quote in a list: activating it scrolls the page to the quote; its Note button opens the quote's
 * card there. A quote with a note says so in words.
 */
export function QuoteButton({ quote, onQuote, onOpenCard }: { quote: QuoteSummary; onQuote(id: string): void; onOpenCard(id: string): void }) {
  return (
    <div class="quote-row">
      <button type="button" class={quote.noted ? 'quote noted' : 'quote'} data-quote-id={quote.id} onClick={() => onQuote(quote.id)}>
        {quote.noted && <span class="noted-mark"><span aria-hidden="true">✎ </span>Noted<span class="sr-only">: </span></span>}
        “{quote.text}”
      </button>
      <OpenCardButton quoteId={quote.id} text={quote.text} onOpenCard={onOpenCard} />
    </div>
  );
}

/** Opens a quote's card on the page, with the focus in it, for a note from the keyboard. */
export function OpenCardButton({ quoteId, text, onOpenCard }: { quoteId: string; text: string; onOpenCard(id: string): void }) {
  const short = text.length > LABEL_QUOTE_CHARS ? `${text.slice(0, LABEL_QUOTE_CHARS).trimEnd()}…` : text;
  return (
    <button type="button" class="open-card" data-open-card={quoteId} aria-label={`Note on “${short}”: open its card on the page`} onClick={() => onOpenCard(quoteId)}>
      Note
    </button>
  );
}
