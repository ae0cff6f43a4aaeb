// What cards type reaches the database here: as it is typed (storeText), and from the drafts a card
// left behind (flushDrafts). A draft outlives its tab: closed or reloaded before the background
// answered, the browser quit or the extension reloaded, the text is still in extension storage. It is
// stored when its page is loaded again (before that page gets its notes) and whenever the background starts.
import type { SourcelightDb } from '@/storage/db';
import { findNoteAt, getNote, saveNoteText } from '@/storage/notes';
import type { Note } from '@/storage/types';
import { normalizePageUrl } from '@/storage/url';
import { pendingDrafts, removeDraftIfUnchanged, type NoteText } from '@/utils/drafts';

/**
 * Stores a card's text on its quote and returns the note as stored (null when there is none). An
 * empty text stores nothing: a note goes only by Delete. Idempotent: the same text sent twice (a retry) changes nothing.
 */
export async function storeText(db: SourcelightDb, text: NoteText, pageTitle = ''): Promise<Note | null> {
  const stored = (await getNote(db, text.id)) ?? (await findNoteAt(db, text.pageUrl, text.selector));
  if (text.body.trim() === '') return stored ?? null;
  if (stored?.body === text.body) return stored;
  return saveNoteText(db, text, pageTitle);
}

/** Stores the drafts left (only those of `pageUrl` when given). One that cannot be stored stays for the next try. */
export async function flushDrafts(db: SourcelightDb, pageUrl?: string): Promise<void> {
  const only = pageUrl === undefined ? undefined : normalizePageUrl(pageUrl);
  for (const [key, { typedAt, writer: _writer, ...text }] of await pendingDrafts()) {
    if (only !== undefined && normalizePageUrl(text.pageUrl) !== only) continue;
    try {
      // The draft is the text typed last on its quote (see utils/drafts.ts), even when a save of
      // older text from the same card was stored after it was typed.
      await storeText(db, text);
      await removeDraftIfUnchanged(key, typedAt);
    } catch {
      // kept: the draft is tried again on the page's next load
    }
  }
}
