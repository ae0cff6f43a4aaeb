// One page's life: annotate it, keep highlights and notes in step with it as it changes,
// and answer clicks and the popup.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askBackground } from '@/utils/messages';
import type { CardEvent } from '@/utils/card';
import type { PageStatus, PageSummary, PersonSummary, QuoteSummary } from '@/utils/page-summary';
import { describeQuote } from '@/storage/anchoring';
import { CardHost } from './card-host';
import { clearAll, flash, HIGHLIGHT, paint } from './highlights';
import { guardHighlights } from './highlight-guard';
import { targetAt } from './hit-test';
import { buildPageModel, type PageModel, type QuoteTarget } from './page-model';
import { PageNotes } from './page-notes';
import { watchArticleChanges } from './watch-changes';

export class PageSession {
  private model: PageModel | null = null;
  private notes: PageNotes | null = null;
  /** The URL the current notes belong to; an SPA navigation changes it. */
  private pageUrl = '';
  private readonly card: CardHost;
  private building: Promise<void> | null = null;
  private stale = false;
  /** When the session started and first painted, for page:status (nothing is left on the page: no performance marks). */
  private readonly startedAt = performance.now();
  private paintedAt: number | null = null;
  private ready = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
  ) {
    this.card = new CardHost(ctx, () => void this.reloadNotes());
  }

  async start(): Promise<void> {
    guardHighlights(this.ctx);
    await this.rebuild();
    this.ready = true;
    this.ctx.addEventListener(this.doc, 'click', (e) => this.onClick(e as MouseEvent), { capture: true });
    this.ctx.addEventListener(window, 'keydown', (e) => this.onKey(e as KeyboardEvent), { capture: true });
    watchArticleChanges(this.ctx, this.doc, () => void this.rebuild());
  }

  /**
   * (Re)annotates the page. A call during a run does not start a second one; it makes the run
   * go round once more, since the page may have changed after the run read it.
   */
  private rebuild(): Promise<void> {
    if (this.building) {
      this.stale = true;
      return this.building;
    }
    this.building = (async () => {
      do {
        this.stale = false;
        await this.annotate();
      } while (this.stale);
    })().finally(() => (this.building = null));
    return this.building;
  }

  private async annotate(): Promise<void> {
    // Rebuilt even when the text is the same: a framework that re-renders the article replaces
    // the text nodes our ranges point into.
    const model = await buildPageModel(this.doc);
    this.model = model;
    if (!model) {
      clearAll();
      this.card.close();
      this.paintedAt ??= performance.now();
      return;
    }
    const url = this.doc.location.href;
    const samePage = this.notes !== null && this.pageUrl === url;
    if (samePage) this.notes!.remodel(model);
    else {
      this.notes = new PageNotes(url, model);
      this.pageUrl = url;
    }
    // Paint at once; the notes come from the background, which may first have to wake up.
    this.repaint();
    this.paintedAt ??= performance.now();
    if (samePage) return;
    void askBackground('page:visit', { url, title: this.doc.title }).catch(() => undefined);
    await this.notes!.load().catch((err) => console.warn('[Sourcelight] notes unavailable:', err));
    this.repaint();
    await this.showPendingNote();
  }

  /** When the notes page opened this tab to show a note, scroll to its quote. */
  private async showPendingNote(): Promise<void> {
    const note = await askBackground('notes:pendingFocus', null).catch(() => null);
    const quoteId = note && this.notes?.quoteIdOf(note.id);
    if (quoteId) this.scrollToQuote(quoteId);
  }

  private repaint(): void {
    const model = this.model;
    if (!model || !this.notes) return;
    const noted = new Set(this.notes.notedQuoteIds());
    paint(HIGHLIGHT.quote, model.quotes.filter((q) => !noted.has(q.id)).map((q) => q.range));
    paint(HIGHLIGHT.noted, model.quotes.filter((q) => noted.has(q.id)).map((q) => q.range));
    paint(HIGHLIGHT.official, model.officials.map((o) => o.range));
  }

  /** A card stored or deleted a note: attach the page's notes again and repaint. */
  private async reloadNotes(): Promise<void> {
    await this.notes?.load().catch((err) => console.warn('[Sourcelight] notes unavailable:', err));
    this.repaint();
  }

  handleCardEvent(cardId: string, event: CardEvent): null {
    this.card.handle(cardId, event);
    return null;
  }

  // Only the reader's own clicks and keys count: a page can dispatch events, but never trusted ones.
  private onClick(e: MouseEvent): void {
    const model = this.model;
    if (!e.isTrusted || !model || e.button !== 0) return;
    if (!this.doc.getSelection()?.isCollapsed) return; // the reader is selecting text
    const at = { x: e.clientX, y: e.clientY };
    const quote = targetAt(this.doc, at.x, at.y, model.quotes);
    if (quote) return void this.openQuote(quote, at);
    const official = targetAt(this.doc, at.x, at.y, model.officials);
    if (official) return void this.card.open({ kind: 'person', person: this.personSummary(official.person.name) }, at);
    this.card.close();
  }

  private openQuote(target: QuoteTarget, at: { x: number; y: number }): Promise<void> {
    const { start, end } = target.global;
    const anchor = {
      pageUrl: this.pageUrl,
      selector: describeQuote(this.model!.article.text, start, end),
      speaker: target.quote.speaker,
      role: target.quote.role,
    };
    const noteId = this.notes?.noteFor(target.id)?.id ?? null;
    return this.card.open({ kind: 'quote', quote: quoteSummary(target), anchor, noteId }, at);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.isTrusted && e.key === 'Escape' && this.card.isOpen) this.card.close();
  }

  private personSummary(name: string): PersonSummary {
    return this.summary().people.find((p) => p.name === name)!;
  }

  status(): PageStatus {
    return { url: this.doc.location.href, ready: this.ready, startedAt: this.startedAt, paintedAt: this.paintedAt };
  }

  summary(): PageSummary {
    const model = this.model;
    const base = { url: this.doc.location.href, title: this.doc.title };
    if (!model) return { ...base, isArticle: false, quotes: [], people: [], notes: [] };
    const counts = new Map<string, number>();
    for (const q of model.quotes) if (q.quote.speaker) counts.set(q.quote.speaker, (counts.get(q.quote.speaker) ?? 0) + 1);
    return {
      ...base,
      isArticle: true,
      quotes: model.quotes.map(quoteSummary),
      people: model.analysis.people.map((p) => ({ name: p.name, role: p.role, official: p.official, quoteCount: counts.get(p.name) ?? 0 })),
      notes: this.notes?.summaries() ?? [],
    };
  }

  scrollToQuote(quoteId: string): boolean {
    const target = this.model?.quotes.find((q) => q.id === quoteId);
    if (!target) return false;
    const el = target.range.startContainer.parentElement;
    el?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    flash(target.range);
    return true;
  }
}

function quoteSummary(t: QuoteTarget): QuoteSummary {
  const { text, speaker, speakerKind, role } = t.quote;
  return { id: t.id, text, speaker, speakerKind, role };
}
