// Places the quote card over the article: an extension-origin frame (entrypoints/card) inside a
// closed shadow root. The page can neither style the frame's content nor read it; the frame
// fetches what to show from the background and reports back only its height and its closing.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { CardEvent, CardTarget } from '@/utils/card';
import { askBackground } from '@/utils/messages';

const CARD_HOST_TAG = 'sourcelight-card';
const CARD_WIDTH = 340;
const REMOVE_DELAY_MS = 100;

const FRAME_CSS = `
iframe {
  position: fixed;
  z-index: 2147483647;
  width: ${CARD_WIDTH}px;
  max-width: calc(100vw - 16px);
  height: 0;
  border: 1px solid #d9cfa8;
  border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.22);
  background: #fffdf6;
  color-scheme: light;
  visibility: hidden;
}
iframe.shown { visibility: visible; }
`;

export class CardHost {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private frame: HTMLIFrameElement | null = null;
  private cardId: string | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    /** The card's frame stored or deleted a note of this page. */
    private readonly onNotesChanged: () => void,
  ) {}

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
      onMount: () => undefined,
    });
    if (!this.ui.shadowHost.isConnected) this.ui.mount();
    return this.ui;
  }

  async open(target: CardTarget, at: { x: number; y: number }): Promise<void> {
    const [ui, { cardId }] = await Promise.all([this.mounted(), askBackground('card:open', { target })]);
    this.close();
    const frame = document.createElement('iframe');
    frame.src = browser.runtime.getURL(`/card.html#${cardId}`);
    frame.title = 'Sourcelight';
    place(frame, at);
    ui.uiContainer.append(frame);
    this.frame = frame;
    this.cardId = cardId;
  }

  /** What the card's frame reported through the background. */
  handle(cardId: string, event: CardEvent): void {
    if (cardId !== this.cardId || !this.frame) return;
    if (event.type === 'layout') {
      this.frame.style.height = `${event.height}px`;
      this.frame.classList.add('shown');
    } else if (event.type === 'close') this.close();
    else this.onNotesChanged();
  }

  get isOpen(): boolean {
    return this.frame !== null;
  }

  close(): void {
    const frame = this.frame;
    this.frame = null;
    this.cardId = null;
    if (!frame) return;
    // Hidden and unfocused at once, removed a moment later: a frame removed while the key or
    // click that closed it is still being delivered to it can leave that input unanswered.
    frame.classList.remove('shown');
    frame.blur();
    setTimeout(() => frame.remove(), REMOVE_DELAY_MS);
  }
}

/** Next to the click: below it in the upper part of the viewport, above it lower down. */
function place(frame: HTMLIFrameElement, at: { x: number; y: number }): void {
  const left = Math.max(8, Math.min(at.x - 40, window.innerWidth - CARD_WIDTH - 8));
  frame.style.left = `${left}px`;
  if (at.y < window.innerHeight * 0.6) frame.style.top = `${at.y + 14}px`;
  else frame.style.bottom = `${window.innerHeight - at.y + 14}px`;
}
