// A card's draft outlives its tab: closed or reloaded before the background answered, the text
// is still in extension storage. It is stored when its page is loaded again (before that page
// gets its notes) and whenever the background starts.
import type { SourcelightDb } from '@/storage/db';
import { deleteNote, findNoteAt, getNote, saveNote } from '@/storage/notes';
import { normalizePageUrl } from '@/storage/url';
import { pendingDrafts, removeDraftIfUnchanged } from '@/utils/drafts';

/** Stores the drafts left (only those of `pageUrl` when given). One that cannot be stored stays for the next try. */
export async function flushDrafts(db: SourcelightDb, pageUrl?: string): Promise<void> {
  const only = pageUrl === undefined ? undefined : normalizePageUrl(pageUrl);
  for (const [key, { typedAt, ...draft }] of await pendingDrafts()) {
    if (only !== undefined && normalizePageUrl(draft.pageUrl) !== only) continue;
    try {
      const stored = (await getNote(db, draft.id)) ?? (await findNoteAt(db, draft.pageUrl, draft.selector));
      // A note stored after the draft was typed holds newer text (another card's).
      if (!stored || stored.updatedAt < typedAt) {
        if (draft.body.trim() !== '') await saveNote(db, draft);
        else if (stored) await deleteNote(db, stored.id);
      }
      await removeDraftIfUnchanged(key, typedAt);
    } catch {
      // kept: the draft is tried again on the page's next load
    }
  }
}
