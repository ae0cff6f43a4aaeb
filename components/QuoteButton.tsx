import type { QuoteSummary } from '@/utils/page-summary';

/** A quote in a list; activating it scrolls the page to the quote. */
export function QuoteButton({ quote, onQuote }: { quote: QuoteSummary; onQuote(id: string): void }) {
  return (
    <button type="button" class="quote" data-quote-id={quote.id} onClick={() => onQuote(quote.id)}>
      “{quote.text}”
    </button>
  );
}
