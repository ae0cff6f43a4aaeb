// The notes page's sourcing profiles: one for the notes the filters select, one for each page among
// them, counted from what the notes store (see notes-profile.ts); parts notes cannot tell are left out.
import type { Note } from '@/storage/types';
import { sourcingProfile, type ProfilePart } from '@/utils/sourcing-profile';
import { notesAsQuotes, type NotesPick } from './notes-profile';
import { plural } from './profile-labels';
import { SourcingProfile } from './SourcingProfile';

interface Props {
  notes: readonly Note[];
  titles: Map<string, string>;
  pick: NotesPick | null;
  onPick(pick: NotesPick | null): void;
}

export function NotesProfiles({ notes, titles, pick, onPick }: Props) {
  if (notes.length === 0) return null;
  const byPage = new Map<string, Note[]>();
  for (const n of notes) byPage.set(n.pageUrl, [...(byPage.get(n.pageUrl) ?? []), n]);
  const selectedIn = (page: string | null) => (pick && pick.page === page ? pick.part : null);
  const select = (page: string | null) => (part: ProfilePart | null) => onPick(part && { page, part });
  return (
    <div class="notes-profiles">
      <SourcingProfile profile={sourcingProfile(notesAsQuotes(notes))} selected={selectedIn(null)} onSelect={select(null)} title="Who gets heard in these notes" />
      <section class="by-page" aria-label="By page">
        <h2>By page ({byPage.size})</h2>
        {[...byPage].map(([url, pageNotes]) => (
          <details key={url} class="page-profile" data-page={url} open={pick?.page === url || byPage.size === 1}>
            <summary>{titles.get(url) ?? url}</summary>
            <SourcingProfile
              profile={sourcingProfile(notesAsQuotes(pageNotes))}
              selected={selectedIn(url)}
              onSelect={select(url)}
              title={`Who gets heard in this page’s ${plural(pageNotes.length, 'note')}`}
              level={3}
            />
          </details>
        ))}
      </section>
      <p class="muted">Notes keep each quote’s speaker, but not whether the speaker is a person, an organisation or an official, nor whether a quote without a name came from an unnamed source: the popup shows those parts.</p>
    </div>
  );
}
