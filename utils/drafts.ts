// Note text typed in a card and not yet confirmed stored, kept in the extension's own storage
// (browser.storage.local: the page cannot read or clear it). Written on every input, removed once the
// background has stored that very text; a draft left behind (tab closed mid-save, browser quit,
// extension reloaded) is stored on the page's next load and whenever the background starts.
//
// One key per quote, shared by every card on it, so the draft is always the text typed last on that
// quote, whichever tab typed it: a draft is never older than the note, except when the note was
// changed outside a card (notes page, import), and those writes remove the quote's draft.
import { browser } from 'wxt/browser';
import type { NoteDraft } from '@/storage/types';
import { normalizePageUrl } from '@/storage/url';
import type { QuoteAnchor } from './card';

/** A card's note on its quote, as the card stores it: the text only (tags are the notes page's). Its id is fixed, so storing it twice is harmless. */
export type NoteText = Omit<NoteDraft, 'tags' | 'id'> & { id: string };

/** Everything needed to store the note's text without the card. */
export type PendingNote = NoteText & {
  /** When it was typed (epoch ms). */
  typedAt: number;
  /** The card that typed it: the others on the quote show it as typed elsewhere. */
  writer: string;
};

const PREFIX = 'draft:';

/** One key per page and quote, so every card on that quote finds the same draft. */
export function draftKey({ pageUrl, selector }: Pick<QuoteAnchor, 'pageUrl' | 'selector'>): string {
  return PREFIX + JSON.stringify([normalizePageUrl(pageUrl), selector.exact, selector.prefix, selector.suffix, selector.start]);
}

export async function readDraft(key: string): Promise<PendingNote | undefined> {
  return (await browser.storage.local.get(key))[key] as PendingNote | undefined;
}

// Writes and removals from one context reach the storage in the order they are called, so neither
// is chained behind the other: a write is issued in the input event itself. Chromium completes it
// after the tab closes; Firefox (140) may drop one still pending when the card's frame goes, which
// the same keystroke's message to the background covers (measured: no note lost either way).
export function writeDraft(key: string, note: PendingNote): Promise<void> {
  return browser.storage.local.set({ [key]: note });
}

export function removeDraft(key: string): Promise<void> {
  return browser.storage.local.remove(key);
}

/** Every draft left, with its key. */
export async function pendingDrafts(): Promise<[string, PendingNote][]> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all).filter(([key]) => key.startsWith(PREFIX)) as [string, PendingNote][];
}

/** Removes the draft unless it was typed again since `typedAt` (by this card or another one on the quote). */
export async function removeDraftIfUnchanged(key: string, typedAt: number): Promise<void> {
  if ((await readDraft(key))?.typedAt === typedAt) await browser.storage.local.remove(key);
}

/** Removes the drafts of a note written outside a card: that write is newer than anything they hold. */
export async function removeDraftsOf(note: { id: string; pageUrl: string; selector: QuoteAnchor['selector'] }): Promise<void> {
  const key = draftKey(note);
  const stale = (await pendingDrafts()).filter(([k, draft]) => k === key || draft.id === note.id).map(([k]) => k);
  if (stale.length > 0) await browser.storage.local.remove(stale);
}

const CHANGED = 'changed:';

/** A note's text as written outside a card (the notes page), told to the cards open on it. */
export interface OutsideChange {
  body: string;
  updatedAt: number;
}

/**
 * Tells every card open on the note (in any tab) that it was written outside a card: a storage
 * change they watch (the page cannot see it), removed at once since the note itself holds the text.
 */
export async function announceChange(note: { id: string; body: string; updatedAt: number }): Promise<void> {
  const key = CHANGED + note.id;
  await browser.storage.local.set({ [key]: { body: note.body, updatedAt: note.updatedAt } satisfies OutsideChange });
  await browser.storage.local.remove(key);
}

/** Calls `onChange` whenever the note with the id `idOf()` answers at that moment is written outside a card. */
export function watchChange(idOf: () => string, onChange: (change: OutsideChange) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[CHANGED + idOf()]?.newValue as OutsideChange | undefined;
    if (area === 'local' && change) onChange(change);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Calls `onDraft` whenever a draft under `key` is written (by any card, in any tab). */
export function watchDraft(key: string, onDraft: (draft: PendingNote) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const draft = changes[key]?.newValue as PendingNote | undefined;
    if (area === 'local' && draft) onDraft(draft);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
