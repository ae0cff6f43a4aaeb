// A page's sourcing profile above its who-said-what list: picking a part of the profile shows only
// the quotes it counts, each still scrolling the page to its place.
import { useMemo, useState } from 'preact/hooks';
import type { PersonSummary, QuoteSummary } from '@/utils/page-summary';
import { inPart, profileQuotes, sourcingProfile, type ProfilePart } from '@/utils/sourcing-profile';
import { partLabel, quotesText } from './profile-labels';
import { SourcingProfile } from './SourcingProfile';
import { WhoSaidWhat } from './WhoSaidWhat';

export function ProfiledQuotes({ quotes, people, onQuote, onOpenCard }: { quotes: QuoteSummary[]; people: PersonSummary[]; onQuote(id: string): void; onOpenCard(id: string): void }) {
  const [part, setPart] = useState<ProfilePart | null>(null);
  const pq = useMemo(() => profileQuotes(quotes, people), [quotes, people]);
  const profile = useMemo(() => sourcingProfile(pq), [pq]);
  const shown = useMemo(() => {
    if (!part) return quotes;
    return quotes.filter((_, i) => inPart(pq[i], part));
  }, [quotes, pq, part]);
  return (
    <>
      <SourcingProfile profile={profile} selected={part} onSelect={setPart} />
      <p class="filter-status" role="status">
        {part && (
          <>
            Showing {shown.length} of {quotesText(quotes.length)}: {partLabel(part)}.{' '}
            <button type="button" class="link" onClick={() => setPart(null)}>Show all</button>
          </>
        )}
      </p>
      <WhoSaidWhat quotes={shown} onQuote={onQuote} onOpenCard={onOpenCard} />
    </>
  );
}
