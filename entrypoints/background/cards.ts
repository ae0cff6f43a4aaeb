// The card each tab shows, from the moment its content script asks for it until the reader closes
// it. The card's frame fetches its content here by an id it got in its URL, so nothing the card
// shows passes through the page; a frame reloaded (its host moved) finds the same card again.
// Kept in browser.storage.session, not in memory: an MV3 service worker stopped and started again
// (by the browser, at any moment) still knows every open card. It is cleared when the browser quits.
import { browser } from 'wxt/browser';
import type { CardTarget } from '@/utils/card';

interface OpenCard {
  cardId: string;
  tabId: number;
  target: CardTarget;
}

/** One card per tab, under the tab's key: a new one replaces the old. */
const keyOf = (tabId: number) => `card:${tabId}`;

export class CardRegistry {
  async open(tabId: number, target: CardTarget): Promise<string> {
    const cardId = crypto.randomUUID();
    await browser.storage.session.set({ [keyOf(tabId)]: { cardId, tabId, target } satisfies OpenCard });
    return cardId;
  }

  async find(cardId: string): Promise<OpenCard | undefined> {
    const all = await browser.storage.session.get(null);
    return Object.values(all as Record<string, OpenCard>).find((card) => card?.cardId === cardId);
  }

  async close(tabId: number, cardId: string): Promise<void> {
    const key = keyOf(tabId);
    if (((await browser.storage.session.get(key))[key] as OpenCard | undefined)?.cardId === cardId) await browser.storage.session.remove(key);
  }

  forgetTab(tabId: number): Promise<void> {
    return browser.storage.session.remove(keyOf(tabId));
  }
}
