// What the notes page says of its list: loading before the first answer (never "0 of 0 notes"), what
// to do when there is no note yet, and how many of how many notes it lists, in correct plurals.
import { plural } from './profile-labels';

/** "Loading notes…" until the first answer, then "1 of 1 note", "2 of 3 notes", or what to do when there are none. */
export function listStatus(total: number | null, listed: number): string {
  if (total === null) return 'Loading notes…';
  if (total === 0) return 'No notes yet. Click a highlighted quote on a page to write one.';
  return `${listed} of ${plural(total, 'note')}`;
}

