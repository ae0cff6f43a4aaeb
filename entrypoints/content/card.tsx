// Mounts the quote card in a shadow root so the page's styles and ours never mix.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { QuoteCard, type CardTarget } from '@/components/QuoteCard';
import cardCss from '@/components/card.css?inline';

export class CardHost {
  private ui: ShadowRootContentScriptUi<void> | null = null;

  constructor(private readonly ctx: ContentScriptContext) {}

  /** The UI host is added to the page on first use only, so unannotated pages stay untouched. */
  private async mounted(): Promise<ShadowRootContentScriptUi<void>> {
    if (this.ui) return this.ui;
    this.ui = await createShadowRootUi(this.ctx, {
      name: 'sourcelight-card',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: cardCss,
      onMount: () => undefined,
      onRemove: () => this.ui && render(null, this.ui.uiContainer),
    });
    this.ui.mount();
    return this.ui;
  }

  async open(target: CardTarget, at: { x: number; y: number }): Promise<void> {
    const ui = await this.mounted();
    // A new key remounts the card, so its note field starts from the new quote's note.
    const key = target.kind === 'quote' ? target.quote.id : target.person.name;
    render(<QuoteCard key={key} target={target} at={at} onClose={() => this.close()} />, ui.uiContainer);
  }

  close(): void {
    if (this.ui) render(null, this.ui.uiContainer);
  }

  /** Whether an event happened inside the card (clicks there must not close it). */
  contains(event: Event): boolean {
    return !!this.ui && event.composedPath().includes(this.ui.shadowHost);
  }
}
