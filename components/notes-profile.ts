// What the notes page's profiles count: a note's quote as the profile sees it, and the notes a part
// picked in one of the profiles selects. A note stores its quote's text and speaker's name, but not
// the speaker's kind or official flag, so those are left unknown (null) rather than guessed.
import type { Note } from '@/storage/types';
import { partFilter, type ProfilePart, type ProfileQuote } from '@/utils/sourcing-profile';

/** A part picked in one of the profiles: of all the notes shown (`page` null) or of one page's. */
export interface NotesPick {
  page: string | null;
  part: ProfilePart;
}

export const noteAsQuote = (note: Note): ProfileQuote => ({ text: note.selector.exact, speaker: note.speaker, speakerKind: null, official: null });

/** The notes a pick selects, in their order. */
export function pickedNotes(notes: readonly Note[], pick: NotesPick | null): Note[] {
  if (!pick) return [...notes];
  const scope = pick.page === null ? notes : notes.filter((n) => n.pageUrl === pick.page);
  const keep = partFilter(scope.map(noteAsQuote), pick.part);
  return scope.filter((n) => keep(noteAsQuote(n)));
}
