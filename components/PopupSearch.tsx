// The popup's search over the page's quotes (their text and speaker) and the reader's notes on it
// (note, quote and speaker), accent- and case-insensitive.
import type { NoteSummary, QuoteSummary } from '@/utils/page-summary';
import { speakerLabel } from '@/utils/speaker-label';
import { plural } from './profile-labels';
import { PageNotesList } from './PageNotesList';
import { QuoteButton } from './QuoteButton';

/** Lower-case, accents removed: "zurich" finds "Zürich". */
function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const matches = (needle: string, ...fields: (string | null)[]) => fields.some((f) => f !== null && searchable(f).includes(needle));

interface Props {
  query: string;
  quotes: QuoteSummary[];
  notes: NoteSummary[];
  onQuote(id: string): void;
  onOpenCard(id: string): void;
}

export function SearchResults({ query, quotes, notes, onQuote, onOpenCard }: Props) {
  const needle = searchable(query.trim());
  const foundQuotes = quotes.filter((q) => matches(needle, q.text, speakerLabel(q.speaker, q.speakerKind)));
  const foundNotes = notes.filter(({ note }) => matches(needle, note.body, note.selector.exact, note.speaker));
  return (
    <section aria-label="Search results">
      <p class="filter-status" role="status">
        Found {plural(foundQuotes.length, 'quote')} and {plural(foundNotes.length, 'note')} for “{query.trim()}”.
      </p>
      <PageNotesList notes={foundNotes} quotes={quotes} onQuote={onQuote} onOpenCard={onOpenCard} />
      {foundQuotes.length > 0 && (
        <>
          <h2>Quotes ({foundQuotes.length})</h2>
          <ul>
            {foundQuotes.map((q) => (
              <li key={q.id} class="found-quote">
                <span class="speaker">{speakerLabel(q.speaker, q.speakerKind)}</span>
                <QuoteButton quote={q} onQuote={onQuote} onOpenCard={onOpenCard} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
