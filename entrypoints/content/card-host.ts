// Places the quote card over the article: an extension-origin frame (entrypoints/card) inside a
// closed shadow root. The page can neither style the frame's content nor read it; the frame
// fetches what to show from the background and reports back only its height and its closing.
// The card follows its quote as the page scrolls (card-placement.ts), and the keyboard's mark
// (quote-mark.ts) lives in the same shadow root.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { CardEvent, CardTarget } from '@/utils/card';
import { askBackground } from '@/utils/messages';
import { placeCard } from './card-placement';
import { onViewportChange } from './on-viewport-change';
import { MARK_CSS, QuoteMark } from './quote-mark';

const CARD_HOST_TAG = 'sourcelight-card';
const REMOVE_DELAY_MS = 100;

const FRAME_CSS = `
iframe {
  position: fixed;
  z-index: 2147483647;
  height: 0;
  border: 1px solid #d9cfa8;
  border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.22);
  background: #fffdf6;
  color-scheme: light;
  visibility: hidden;
}
iframe.shown { visibility: visible; }
${MARK_CSS}
`;
/** The frame's border, above and below its content (and either side). */
const FRAME_BORDERS = 2;

/** What a card is opened on: the quote or name it belongs to, and where along it (a click's x). */
export interface CardOpening {
  target: CardTarget;
  range: Range;
  x?: number;
  /** Read to the screen reader when the focus comes back to the quote. */
  label: string;
}

interface Shown {
  frame: HTMLIFrameElement;
  cardId: string;
  range: Range;
  x: number;
  contentHeight: number | null;
}

export class CardHost {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private mark: QuoteMark | null = null;
  private shown: Shown | null = null;
  /** What had the page's focus before the card opened, to give it back on Escape. */
  private opener: HTMLElement | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly on: {
      /** The card's frame stored or deleted a note of this page. */
      notesChanged(): void;
      /** Enter on the mark: open the card of the quote the keyboard is on. */
      openMarked(): void;
    },
  ) {
    onViewportChange(ctx, () => this.follow());
  }

  /** The UI host is added to the page on first use only, so unannotated pages stay untouched; and again if the page removed it. */
  private async mounted(): Promise<ShadowRootContentScriptUi<void>> {
    this.ui ??= await createShadowRootUi(this.ctx, {
      name: CARD_HOST_TAG,
      mode: 'closed',
      position: 'inline',
      // After <body>, not in it: scripts that sweep unknown nodes out of the body miss it.
      anchor: 'html',
      append: 'last',
      css: FRAME_CSS,
      // Called again when the host is put back; the container, and the mark in it, stay the same.
      onMount: (container) => {
        this.mark ??= new QuoteMark(container, () => this.on.openMarked(), () => this.leftMark());
      },
    });
    if (!this.ui.shadowHost.isConnected) this.ui.mount();
    return this.ui;
  }

  async open({ target, range, x, label }: CardOpening): Promise<void> {
    const [ui, { cardId }] = await Promise.all([this.mounted(), askBackground('card:open', { target })]);
    this.opener = this.shown ? this.opener : focusedOutside(ui.shadowHost);
    this.remove();
    this.mark?.show(range, label);
    const frame = document.createElement('iframe');
    frame.src = browser.runtime.getURL(`/card.html#${cardId}`);
    frame.title = target.kind === 'quote' ? 'Sourcelight: quote card' : 'Sourcelight: person card';
    ui.uiContainer.append(frame);
    this.shown = { frame, cardId, range, x: x ?? range.getBoundingClientRect().left + 40, contentHeight: null };
  }

  /** What the card's frame reported through the background. */
  handle(cardId: string, event: CardEvent): void {
    const shown = this.shown;
    if (cardId !== shown?.cardId) return;
    if (event.type === 'layout') {
      const first = shown.contentHeight === null;
      shown.contentHeight = event.height;
      this.follow();
      shown.frame.classList.add('shown');
      // The frame focused its card; focusing the frame too makes that the page's focus as well.
      if (first) shown.frame.focus();
    } else if (event.type === 'close') this.closeAndReturnFocus();
    else this.on.notesChanged();
  }

  /** Whether an event's target is ours (the mark's own clicks, which the page sees on our host). */
  owns(target: EventTarget | null): boolean {
    return target !== null && target === this.ui?.shadowHost;
  }

  /** Closes the card and takes its host out of the page (it comes back on the next card). */
  unmount(): void {
    this.close();
    this.ui?.remove();
  }

  get isOpen(): boolean {
    return this.shown !== null;
  }

  /** Closes the card from the reader's Escape or close button: the focus goes back where it came from. */
  closeAndReturnFocus(): void {
    if (!this.shown) return;
    const opener = this.opener;
    this.remove();
    if (opener?.isConnected) {
      this.mark?.hide();
      opener.focus();
    } else this.mark?.focus();
  }

  /** Closes the card when the reader clicked elsewhere: the click placed the focus. */
  close(): void {
    this.remove();
    this.mark?.hide();
  }

  private remove(): void {
    const shown = this.shown;
    this.shown = null;
    if (!shown) return;
    // Hidden and unfocused at once, removed a moment later: a frame removed while the key or
    // click that closed it is still being delivered to it can leave that input unanswered.
    shown.frame.classList.remove('shown');
    shown.frame.blur();
    setTimeout(() => shown.frame.remove(), REMOVE_DELAY_MS);
  }

  /** The focus left the mark for somewhere else than the card: the keyboard's place is forgotten. */
  private leftMark(): void {
    if (!this.shown) this.mark?.hide();
  }

  /** Keeps the card beside its quote, and the mark on it. */
  private follow(): void {
    this.mark?.follow();
    const shown = this.shown;
    if (!shown || shown.contentHeight === null) return;
    const p = placeCard(shown.range.getBoundingClientRect(), shown.x, shown.contentHeight + FRAME_BORDERS, {
      width: document.documentElement.clientWidth,
      height: document.documentElement.clientHeight,
    });
    const s = shown.frame.style;
    s.top = `${p.top}px`;
    s.left = `${p.left}px`;
    s.width = `${p.width}px`; // the card's own width; the border sits in the margin kept at the window's edge
    s.height = `${p.height - FRAME_BORDERS}px`;
  }
}

/** The page's focused element, unless that is nothing in particular (the body) or our own host. */
function focusedOutside(host: Element): HTMLElement | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active === document.body || active === host) return null;
  return active;
}
