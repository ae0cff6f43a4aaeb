// The background owns the notes database (IndexedDB of the extension's origin, never the page's)
// and answers typed requests from content scripts and extension pages.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openSourcelightDb } from '@/storage/db';
import { deleteNote, getNotesForPage, listNotes, recordVisit, restoreNote, saveNote } from '@/storage/notes';
import { exportNotes } from '@/storage/export';
import { importNotes } from '@/storage/import';
import { toReply, type BackgroundMessage } from '@/utils/messages';

export default defineBackground(() => {
  const db = openSourcelightDb();

  async function handle(msg: BackgroundMessage): Promise<unknown> {
    switch (msg.type) {
      case 'page:visit':
        await recordVisit(db, msg.payload);
        return null;
      case 'notes:forPage':
        return getNotesForPage(db, msg.payload.url);
      case 'notes:list':
        return listNotes(db, msg.payload);
      case 'notes:save':
        return saveNote(db, msg.payload);
      case 'notes:delete':
        return (await deleteNote(db, msg.payload.id)) ?? null;
      case 'notes:restore':
        await restoreNote(db, msg.payload);
        return null;
      case 'notes:export':
        return exportNotes(db, msg.payload);
      case 'notes:import':
        return importNotes(db, msg.payload.text);
    }
  }

  browser.runtime.onMessage.addListener((message: unknown) => {
    const msg = message as BackgroundMessage;
    if (typeof msg?.type !== 'string' || !msg.type.includes(':')) return undefined;
    return toReply(() => handle(msg));
  });
});
