// The background owns the notes database (IndexedDB of the extension's origin, never the page's)
// and answers typed requests from content scripts and extension pages.
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openSourcelightDb } from '@/storage/db';
import {
  clearVisits,
  deleteNote,
  findNoteAt,
  getNote,
  getNotes,
  isUnfiltered,
  notesByDate,
  getNotesForPage,
  getPages,
  notesAfter,
  pruneVisits,
  recordVisit,
  restoreNote,
  saveNote,
} from '@/storage/notes';
import { importParsed, undoImport } from '@/storage/import';
import { NoteIndex } from '@/storage/note-index';
import { isWebPageUrl } from '@/storage/url';
import { toReply, type BackgroundMessage, type TabMessage } from '@/utils/messages';
import { isPageCommand } from '@/utils/commands';
import { announceChange, removeDraftsOf } from '@/utils/drafts';
import { readSiteControl, withSite, writeSiteControl } from '@/utils/site-control';
import { CardRegistry } from './cards';
import { flushDrafts, storeText } from './drafts';
import { RecentTitles } from './recent-titles';

/** How long after the background starts it removes the records of pages without notes. */
const PRUNE_DELAY_MS = 5_000;

/** Content scripts run in pages: a page's script must never reach a setting through one. */
function onlyFromExtensionPages(sender: Browser.runtime.MessageSender): void {
  if (!sender.url?.startsWith(browser.runtime.getURL('/'))) throw new Error('Only Sourcelight’s own pages change where it runs.');
}

export default defineBackground(() => {
  const db = openSourcelightDb();
  // Built on the notes page's first search, then kept in step with every write.
  const index = new NoteIndex(db);
  // Tabs opened from the notes page, and the note each should scroll to once annotated.
  const focusByTab = new Map<number, string>();
  const cards = new CardRegistry();
  // A card's saves and deletes run one at a time, in the order sent: it sends every keystroke's text without waiting.
  let queue: Promise<unknown> = Promise.resolve();
  const inOrder = <T,>(work: () => Promise<T>): Promise<T> => {
    const done = queue.then(work);
    queue = done.catch(() => undefined);
    return done;
  };
  // The titles of pages open now, in memory only: a page's first note takes its title from here.
  const titles = new RecentTitles();
  // Opened now rather than on the first request: after the browser starts, Chromium takes about
  // half a second to open a store of 100,000 notes, and the notes page's first rows would wait for it.
  void db.open().catch(() => undefined);
  void flushDrafts(db).catch(() => undefined);
  // Pruning asks about every page's notes (about 100 ms at 100,000 notes): it waits until the
  // requests that woke the background (the notes page's first rows) are answered.
  setTimeout(() => void pruneVisits(db).catch(() => undefined), PRUNE_DELAY_MS);
  // Listening wakes the service worker when the browser starts, so drafts left when it quit are stored then.
  browser.runtime.onStartup.addListener(() => void flushDrafts(db).catch(() => undefined));

  async function handle(msg: BackgroundMessage, sender: Browser.runtime.MessageSender): Promise<unknown> {
    switch (msg.type) {
      case 'page:visit':
        titles.remember(msg.payload.url, msg.payload.title);
        await recordVisit(db, msg.payload);
        return null;
      case 'visits:clear':
        return clearVisits(db);
      case 'notes:forPage':
        await flushDrafts(db, msg.payload.url).catch(() => undefined);
        return getNotesForPage(db, msg.payload.url);
      case 'notes:query': {
        const { offset, limit, ...filter } = msg.payload;
        // All notes in order come straight from the updatedAt index: the first rows need no search index.
        const [total, notes] = isUnfiltered(filter)
          ? await Promise.all([index.count(), notesByDate(db, filter.order ?? 'newest', offset, limit)])
          : await index.query(filter).then(async (ids) => [ids.length, await getNotes(db, ids.slice(offset, offset + limit))] as const);
        return { total, notes, pages: await getPages(db, [...new Set(notes.map((n) => n.pageUrl))]) };
      }
      case 'notes:options':
        return index.options();
      // Edits outside a card (the notes page) are newer than any draft of their note, and than the
      // saves cards sent before them; the cards open on the note then show it.
      case 'notes:save':
        return inOrder(async () => {
          const note = await saveNote(db, msg.payload, titles.of(msg.payload.pageUrl));
          await removeDraftsOf(note);
          await announceChange(note);
          return note;
        });
      case 'notes:delete':
        // After the card's saves sent before it, which would otherwise make the note again.
        return inOrder(async () => {
          const note = await deleteNote(db, msg.payload.id);
          if (note) await removeDraftsOf(note);
          return note ?? null;
        });
      case 'notes:restore':
        await restoreNote(db, msg.payload);
        await removeDraftsOf(msg.payload);
        return null;
      case 'notes:saveText':
        return inOrder(() => storeText(db, msg.payload, titles.of(msg.payload.pageUrl)));
      case 'notes:chunk': {
        const { filter, ...chunk } = msg.payload;
        return filter ? getNotes(db, await index.idsAfter(filter, chunk.after, chunk.limit)) : notesAfter(db, chunk);
      }
      case 'notes:get':
        return getNotes(db, msg.payload.ids);
      case 'pages:get':
        return getPages(db, msg.payload.urls);
      case 'notes:importChunk':
        return importParsed(db, msg.payload);
      case 'notes:undoImport':
        return undoImport(db, msg.payload);
      case 'notes:open': {
        const note = await getNote(db, msg.payload.id);
        if (!note) throw new Error('This note no longer exists.');
        if (!isWebPageUrl(note.pageUrl)) throw new Error('Sourcelight opens only web pages (http and https), and this note’s page is not one.');
        const tab = await browser.tabs.create({ url: note.pageUrl });
        if (tab.id !== undefined) focusByTab.set(tab.id, note.id);
        return null;
      }
      case 'notes:pendingFocus': {
        const tabId = sender.tab?.id;
        const id = tabId === undefined ? undefined : focusByTab.get(tabId);
        if (id === undefined) return null;
        focusByTab.delete(tabId!);
        return (await getNote(db, id)) ?? null;
      }
      case 'card:open': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) throw new Error('Only a page can open a card.');
        return { cardId: await cards.open(tabId, msg.payload.target) };
      }
      case 'card:take': {
        const card = await cards.find(msg.payload.cardId);
        if (!card) throw new Error('This card has been closed.');
        const { target, tabId } = card;
        // The note the page knew of, or one another tab has made on this quote since.
        const note = target.kind === 'quote'
          ? ((target.noteId ? await getNote(db, target.noteId) : undefined) ?? (await findNoteAt(db, target.anchor.pageUrl, target.anchor.selector)) ?? null)
          : null;
        return { target, tabId, note };
      }
      case 'sites:get':
        return readSiteControl();
      case 'sites:setSite': {
        onlyFromExtensionPages(sender);
        const control = withSite(await readSiteControl(), msg.payload.site, msg.payload.on);
        await writeSiteControl(control);
        return control;
      }
      case 'sites:setPaused': {
        onlyFromExtensionPages(sender);
        const control = { ...(await readSiteControl()), paused: msg.payload.paused };
        await writeSiteControl(control);
        return control;
      }
      case 'card:event': {
        const { tabId, cardId, event } = msg.payload;
        if (event.type === 'close') await cards.close(tabId, cardId);
        const relayed: TabMessage = { type: 'card:event', payload: { cardId, event } };
        await browser.tabs.sendMessage(tabId, relayed, { frameId: 0 });
        return null;
      }
    }
  }

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    const msg = message as BackgroundMessage;
    if (typeof msg?.type !== 'string' || !msg.type.includes(':')) return undefined;
    return toReply(() => handle(msg, sender));
  });
  // A shortcut goes to the tab it was pressed in, as the same message the content script answers for tests.
  browser.commands.onCommand.addListener((command, tab) => {
    if (!isPageCommand(command)) return;
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId === undefined) return;
      const relayed: TabMessage = { type: 'page:command', payload: { command } };
      await browser.tabs.sendMessage(tabId, relayed, { frameId: 0 });
    })().catch(() => undefined); // a tab without Sourcelight (a browser page, a site it does not run on)
  });
  // The first-run page, once, when Sourcelight is installed (not on updates or browser updates).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    focusByTab.delete(tabId);
    void cards.forgetTab(tabId).catch(() => undefined);
  });
});
