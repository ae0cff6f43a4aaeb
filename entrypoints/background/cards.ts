// The card each tab shows, from the moment its content script asks for it until the reader closes
// it. The card's frame fetches its content here by an id it got in its URL, so nothing the card
// shows passes through the page; a frame reloaded (its host moved) finds the same card again.
import type { CardTarget } from '@/utils/card';

interface OpenCard {
  cardId: string;
  tabId: number;
  target: CardTarget;
}

export class CardRegistry {
  /** One card per tab: a new one replaces the old. */
  private readonly byTab = new Map<number, OpenCard>();

  open(tabId: number, target: CardTarget): string {
    const cardId = crypto.randomUUID();
    this.byTab.set(tabId, { cardId, tabId, target });
    return cardId;
  }

  find(cardId: string): OpenCard | undefined {
    for (const card of this.byTab.values()) if (card.cardId === cardId) return card;
    return undefined;
  }

  close(tabId: number, cardId: string): void {
    if (this.byTab.get(tabId)?.cardId === cardId) this.byTab.delete(tabId);
  }

  forgetTab(tabId: number): void {
    this.byTab.delete(tabId);
  }
}
