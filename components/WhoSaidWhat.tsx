import type { QuoteSummary } from '@/utils/page-summary';
import { groupQuotes } from './group-quotes';
import { partLabel, quotesText } from './profile-labels';
import { QuoteButton } from './QuoteButton';

export function WhoSaidWhat({ quotes, onQuote, onOpenCard }: { quotes: QuoteSummary[]; onQuote(id: string): void; onOpenCard(id: string): void }) {
  if (quotes.length === 0) return <p class="muted">No quotations found in this article.</p>;
  const { named, anonymous, unknown } = groupQuotes(quotes);
  return (
    <section aria-label="Who said what">
      <h2>Who said what</h2>
      <ul>
        {named.map((g) => (
          <li key={g.speaker} class="speaker-group">
            <span class="speaker">{g.speaker}</span>
            {g.role && <span class="role">, {g.role}</span>}{' '}
            <span class="count">({quotesText(g.quotes.length)})</span>
            {g.quotes.map((q) => <QuoteButton key={q.id} quote={q} onQuote={onQuote} onOpenCard={onOpenCard} />)}
          </li>
        ))}
      </ul>
      {anonymous.length > 0 && (
        <>
          <h2>{partLabel({ part: 'unnamed' })} ({anonymous.length})</h2>
          {anonymous.map((q) => <QuoteButton key={q.id} quote={q} onQuote={onQuote} onOpenCard={onOpenCard} />)}
        </>
      )}
      {unknown.length > 0 && (
        <>
          <h2>{partLabel({ part: 'unattributed' })} ({unknown.length})</h2>
          {unknown.map((q) => <QuoteButton key={q.id} quote={q} onQuote={onQuote} onOpenCard={onOpenCard} />)}
        </>
      )}
    </section>
  );
}
