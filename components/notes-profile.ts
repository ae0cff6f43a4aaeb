// What the notes page's profiles count: notes' quotes as the profile sees them, and the notes a part
// picked in one of the profiles selects. A note stores its quote's text and speaker's name, but not
// the speaker's kind or official flag, so those are left unknown (null) rather than guessed.
import type { Note } from '@/storage/types';
import { inPart, speakerNames, type ProfilePart, type ProfileQuote } from '@/utils/sourcing-profile';

/** A part picked in one of the profiles: of all the notes shown (`page` null) or of one page's. */
export interface NotesPick {
  page: string | null;
  part: ProfilePart;
}

/**
 * Each note's quote, index-aligned with `notes`. A one-word speaker joins a fuller name on its own
 * page only: "Reyes" on one site and "Ana Reyes" on another may be two people.
 */
export function notesAsQuotes(notes: readonly Note[]): ProfileQuote[] {
  const byPage = new Map<string, Note[]>();
  for (const n of notes) byPage.set(n.pageUrl, [...(byPage.get(n.pageUrl) ?? []), n]);
  const names = new Map([...byPage].map(([url, pageNotes]) => [url, speakerNames(pageNotes)]));
  return notes.map((n) => ({ text: n.selector.exact, speaker: names.get(n.pageUrl)!(n.speaker), speakerKind: null, official: null }));
}

/** The notes a pick selects, in their order. */
export function pickedNotes(notes: readonly Note[], pick: NotesPick | null): Note[] {
  if (!pick) return [...notes];
  const scope = pick.page === null ? notes : notes.filter((n) => n.pageUrl === pick.page);
  const quotes = notesAsQuotes(scope);
  return scope.filter((_, i) => inPart(quotes[i], pick.part));
}
