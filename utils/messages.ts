// Typed messages between the extension's parts. Data flows one way:
// content script / popup / card frame → background (notes, the only owner of the database),
// popup → content script (what the page holds, scroll to a quote, open its card),
// background → content script (keyboard shortcuts),
// card frame → background → content script (card layout and closing, never note text).
import { browser } from 'wxt/browser';
import type { Note, NoteDraft, NoteFilter, Page } from '@/storage/types';
import type { ImportResult, ImportUndo, Parsed } from '@/storage/import';
import type { FilterOptions } from '@/storage/note-index';
import type { CardEvent, CardTarget } from './card';
import type { PageCommand } from './commands';
import type { NoteText } from './drafts';
import type { PageStatus, PageSummary } from './page-summary';
import type { SiteControl } from './site-control';

/** Requests the background answers. Each key maps to its payload and its answer. */
export interface BackgroundProtocol {
  /** The page's title is remembered for its notes; a visit is stored only on a page with notes. */
  'page:visit': { req: { url: string; title: string }; res: null };
  /** The reader clears the visit records (notes page). */
  'visits:clear': { req: null; res: { pagesRemoved: number } };
  'notes:forPage': { req: { url: string }; res: Note[] };
  /** The notes page's list: how many notes match, `limit` of them from `offset` on, and those notes' pages (for their titles). */
  'notes:query': { req: NoteFilter & { offset: number; limit: number }; res: { total: number; notes: Note[]; pages: Page[] } };
  /** How many notes there are and what the filters offer. */
  'notes:options': { req: null; res: FilterOptions & { count: number } };
  'notes:save': { req: NoteDraft; res: Note };
  'notes:delete': { req: { id: string }; res: Note | null };
  /** Sent by a card: its note's text (empty deletes it); the tags stay as stored. */
  'notes:saveText': { req: NoteText; res: Note | null };
  'notes:restore': { req: Note; res: null };
  /** A chunk of the store for an export (components/read-snapshot.ts): notes after an id, in id order; one page's, or those matching a filter. */
  'notes:chunk': { req: { after: string | null; limit: number; url?: string; filter?: NoteFilter }; res: Note[] };
  'notes:get': { req: { ids: string[] }; res: Note[] };
  'pages:get': { req: { urls: string[] }; res: Page[] };
  /** One chunk of a file the notes page parsed (components/import-in-chunks.ts). */
  'notes:importChunk': { req: Parsed; res: ImportResult };
  /** Takes an import back; answers how many notes it removed. */
  'notes:undoImport': { req: ImportUndo; res: number };
  /** Opens a note's page in a new tab; that tab's content script then scrolls to the note. */
  'notes:open': { req: { id: string }; res: null };
  /** Asked by a content script: the note this tab was opened to show, if any. */
  'notes:pendingFocus': { req: null; res: Note | null };
  /** Asked by a content script: keep what a new card shows until its frame takes it. */
  'card:open': { req: { target: CardTarget }; res: { cardId: string } };
  /** Asked by a card frame: what to show, the tab it is in, and the quote's note as stored. */
  'card:take': { req: { cardId: string }; res: { target: CardTarget; tabId: number; note: Note | null } };
  /** Sent by a card frame: passed on to the content script of its tab. */
  'card:event': { req: { tabId: number; cardId: string; event: CardEvent }; res: null };
  /** Where Sourcelight runs (any part may ask; only extension pages may change it). */
  'sites:get': { req: null; res: SiteControl };
  'sites:setSite': { req: { site: string; on: boolean }; res: SiteControl };
  'sites:setPaused': { req: { paused: boolean }; res: SiteControl };
}

/** Requests a tab's content script answers. */
export interface TabProtocol {
  'page:summary': { req: null; res: PageSummary };
  'page:scrollToQuote': { req: { quoteId: string }; res: boolean };
  /** From the popup: bring a quote into view and open its card, with the focus in it. */
  'page:openCard': { req: { quoteId: string }; res: boolean };
  /** A keyboard shortcut the background received for this tab (false: the page has no quote to go to). */
  'page:command': { req: { command: PageCommand }; res: boolean };
  /** Whether the page is annotated yet, and when that happened (the page itself is never told). */
  'page:status': { req: null; res: PageStatus };
  /** Sent by the popup once it changed where Sourcelight runs: applies the stored settings, answers once the page follows them. */
  'page:followSiteControl': { req: null; res: undefined };
  'card:event': { req: { cardId: string; event: CardEvent }; res: null };
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
type Envelope<P> = { [K in keyof P]: { type: K; payload: P[K] extends { req: infer R } ? R : never } }[keyof P];
export type BackgroundMessage = Envelope<BackgroundProtocol>;
export type TabMessage = Envelope<TabProtocol>;
type Res<P, K extends keyof P> = P[K] extends { res: infer R } ? R : never;
type Req<P, K extends keyof P> = P[K] extends { req: infer R } ? R : never;

/**
 * The background could not be reached or stopped before it answered (an MV3 service worker stopped
 * mid-request, the extension reloading). The browser's own wording is never shown to the reader.
 */
export class BackgroundUnavailable extends Error {
  constructor() {
    super('Sourcelight did not answer. Reload the page and try again.');
  }
}

function unwrap<T>(reply: Reply<T> | undefined): T {
  if (!reply) throw new BackgroundUnavailable();
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export async function askBackground<K extends keyof BackgroundProtocol>(
  type: K,
  payload: Req<BackgroundProtocol, K>,
): Promise<Res<BackgroundProtocol, K>> {
  let reply: Reply<Res<BackgroundProtocol, K>> | undefined;
  try {
    reply = await browser.runtime.sendMessage({ type, payload });
  } catch {
    throw new BackgroundUnavailable();
  }
  return unwrap(reply);
}

/**
 * askBackground for a request that is safe to repeat (a read): asked again, a little later each
 * time, while the background is being started again (an MV3 service worker stopped under it).
 */
export async function askBackgroundAgain<K extends keyof BackgroundProtocol>(
  type: K,
  payload: Req<BackgroundProtocol, K>,
  attempts = 5,
): Promise<Res<BackgroundProtocol, K>> {
  for (let attempt = 1, waitMs = 200; ; attempt += 1, waitMs *= 2) {
    try {
      return await askBackground(type, payload);
    } catch (err) {
      if (!(err instanceof BackgroundUnavailable) || attempt >= attempts) throw err;
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
}

export async function askTab<K extends keyof TabProtocol>(
  tabId: number,
  type: K,
  payload: Req<TabProtocol, K>,
): Promise<Res<TabProtocol, K>> {
  return unwrap(await browser.tabs.sendMessage(tabId, { type, payload }));
}

/** Runs a handler and turns its result or its error into a Reply, so errors cross the message boundary as text. */
export async function toReply<T>(work: () => Promise<T> | T): Promise<Reply<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
