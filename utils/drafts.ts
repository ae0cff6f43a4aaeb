// Note text typed in a card and not yet confirmed stored, kept in the extension's own storage
// (browser.storage.local: the page cannot read or clear it). Written on every input, removed once the
// background has stored that very text; a draft left behind (tab closed mid-save) is stored on the
// page's next load.
import { browser } from 'wxt/browser';
import type { NoteDraft } from '@/storage/types';
import { normalizePageUrl } from '@/storage/url';
import type { QuoteAnchor } from './card';

/** Everything needed to store the note without the card: its id is fixed, so storing it twice is harmless. */
export type PendingNote = NoteDraft & {
  id: string;
  /** When it was typed (epoch ms): a draft older than the stored note is stale and loses to it. */
  typedAt: number;
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
// is chained behind the other: a write is issued in the input event itself and survives the tab closing.
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

/** Removes the draft unless it was typed again since `typedAt` (the background's flush may race a live card). */
export async function removeDraftIfUnchanged(key: string, typedAt: number): Promise<void> {
  if ((await readDraft(key))?.typedAt === typedAt) await removeDraft(key);
}
