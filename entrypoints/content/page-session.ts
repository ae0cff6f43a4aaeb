// One page's life: annotate it, keep highlights and notes in step with it as it changes,
// and answer clicks and the popup.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askBackground } from '@/utils/messages';
import type { CardEvent } from '@/utils/card';
import type { PageCommand } from '@/utils/commands';
import { speakerLabel } from '@/utils/speaker-label';
import type { PageStatus, PageSummary, PersonSummary, QuoteSummary } from '@/utils/page-summary';
import { describeQuote } from '@/storage/anchoring';
import { normalizePageUrl } from '@/storage/url';
import { CardHost } from './card-host';
import { documentQuote } from './document-quote';
import { clearAll, flash, followViewport, HIGHLIGHT, paint, usePalette } from './highlights';
import { guardHighlights } from './highlight-guard';
import { targetAt } from './hit-test';
import { onViewportChange } from './on-viewport-change';
import { buildPageModel, type PageModel, type PersonTarget, type QuoteTarget } from './page-model';
import { PageNotes } from './page-notes';
import { paletteFor } from './page-palette';
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
  private annotations = 0;
  private ready = false;
  /** The quote the keyboard is on: its card is open, or the focus is on its mark. */
  private focusedId: string | null = null;
  /** False while Sourcelight is off for this site or paused: nothing painted, no card, clicks ignored. */
  private active = false;
  private started = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
  ) {
    this.card = new CardHost(ctx, {
      notesChanged: () => void this.reloadNotes(),
      openMarked: () => {
        const target = this.model?.quotes.find((q) => q.id === this.focusedId);
        if (target) void this.openQuote(target);
      },
    });
  }

  /** Starts annotating, or annotates again after a pause. */
  async start(): Promise<void> {
    if (this.active) return this.building ?? undefined;
    this.active = true;
    if (this.started) return this.rebuild();
    this.started = true;
    guardHighlights(this.ctx);
    onViewportChange(this.ctx, followViewport);
    // Clicks count from the first paint on, before the notes have loaded: the card finds its quote's note itself.
    this.ctx.addEventListener(this.doc, 'click', (e) => this.onClick(e as MouseEvent), { capture: true });
    this.ctx.addEventListener(window, 'keydown', (e) => this.onKey(e as KeyboardEvent), { capture: true });
    watchArticleChanges(this.ctx, this.doc, () => void this.rebuild());
    await this.rebuild();
    this.ready = true;
  }

  /** Turned off for this site or paused: the page is left as if Sourcelight were not installed. */
  stop(): void {
    if (!this.active) return;
    this.active = false;
    this.model = null;
    this.notes = null;
    this.pageUrl = '';
    clearAll();
    this.card.unmount();
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
        this.annotations += 1;
      } while (this.stale);
    })().finally(() => (this.building = null));
    return this.building;
  }

  private async annotate(): Promise<void> {
    if (!this.active) return;
    // Rebuilt even when the text is the same: a framework that re-renders the article replaces
    // the text nodes our ranges point into.
    const model = await buildPageModel(this.doc);
    if (!this.active) return; // stopped while it ran
    this.model = model;
    if (!model) {
      clearAll();
      this.card.close();
      this.paintedAt ??= performance.now();
      return;
    }
    const url = this.doc.location.href;
    // A hash link or a replaceState that keeps the page’s key (normalizePageUrl) is the same page: same notes, no new visit.
    const samePage = this.notes !== null && normalizePageUrl(this.pageUrl) === normalizePageUrl(url);
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
    if (!this.active) return;
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
    if (!this.active || !model || !this.notes) return;
    const noted = new Set(this.notes.notedQuoteIds());
    usePalette(paletteFor(textElement(model)));
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
    if (!e.isTrusted || !this.active || !model || e.button !== 0 || this.card.owns(e.target)) return;
    if (!this.doc.getSelection()?.isCollapsed) return; // the reader is selecting text
    const quote = targetAt(this.doc, e.clientX, e.clientY, model.quotes);
    if (quote) return void this.openQuote(quote, e.clientX);
    const official = targetAt(this.doc, e.clientX, e.clientY, model.officials);
    if (official) return void this.openPerson(official, e.clientX);
    this.focusedId = null;
    this.card.close();
  }

  private openPerson(target: PersonTarget, x: number): Promise<void> {
    const person = this.personSummary(target.person.name);
    this.focusedId = null;
    const label = `${person.name}${person.role ? `, ${person.role}` : ''}`;
    return this.card.open({ target: { kind: 'person', person }, range: target.range, x, label });
  }

  private openQuote(target: QuoteTarget, x?: number): Promise<void> {
    const { start, end } = target.global;
    const anchor = {
      pageUrl: this.pageUrl,
      selector: { ...describeQuote(this.model!.article.text, start, end), document: documentQuote(this.doc, target.range) },
      speaker: target.quote.speaker,
      speakerKind: target.quote.speakerKind,
      role: target.quote.role,
    };
    const noteId = this.notes?.noteFor(target.id)?.id ?? null;
    this.focusedId = target.id;
    return this.card.open({ target: { kind: 'quote', quote: quoteSummary(target, noteId !== null), anchor, noteId }, range: target.range, x, label: this.quoteLabel(target) });
  }

  /** What a screen reader says when the focus comes back to a quote: where it is, who said it, what. */
  private quoteLabel(target: QuoteTarget): string {
    const quotes = this.model!.quotes;
    const { speaker, speakerKind, text } = target.quote;
    return `Quote ${quotes.indexOf(target) + 1} of ${quotes.length}. ${speakerLabel(speaker, speakerKind)}: “${text}”. Enter opens its card.`;
  }

  private onKey(e: KeyboardEvent): void {
    if (e.isTrusted && this.active && e.key === 'Escape' && this.card.isOpen) this.card.closeAndReturnFocus();
  }

  /** A keyboard shortcut: the next or previous quote is brought into view and its card opened. */
  command(command: PageCommand): boolean {
    const quotes = this.model?.quotes ?? [];
    if (quotes.length === 0) return false;
    const step = command === 'next-quote' ? 1 : -1;
    const current = quotes.findIndex((q) => q.id === this.focusedId);
    const index = current >= 0 ? (current + step + quotes.length) % quotes.length : firstInView(quotes, step);
    this.reveal(quotes[index].range);
    void this.openQuote(quotes[index]);
    return true;
  }

  /** From the popup: the quote brought into view and its card opened. */
  openCard(quoteId: string): boolean {
    const target = this.model?.quotes.find((q) => q.id === quoteId);
    if (!target) return false;
    this.reveal(target.range);
    void this.openQuote(target);
    return true;
  }

  /** Scrolls a quote out of sight to a third of the way down the window, leaving room for its card below. */
  private reveal(range: Range): void {
    const height = this.doc.documentElement.clientHeight;
    let rect = range.getBoundingClientRect();
    if (rect.top >= 0 && rect.bottom <= height) return;
    range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', behavior: 'instant' }); // boxes that scroll inside the page
    rect = range.getBoundingClientRect();
    window.scrollBy({ top: rect.top - height / 3, behavior: 'instant' });
  }

  private personSummary(name: string): PersonSummary {
    return this.summary().people.find((p) => p.name === name)!;
  }

  status(): PageStatus {
    return { url: this.doc.location.href, ready: this.ready, active: this.active, startedAt: this.startedAt, paintedAt: this.paintedAt, annotations: this.annotations };
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
      quotes: model.quotes.map((q) => quoteSummary(q, this.notes?.noteFor(q.id) !== undefined)),
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

/** With no quote focused yet, the keyboard starts at the first quote in view going forward, the last going back. */
function firstInView(quotes: readonly QuoteTarget[], step: 1 | -1): number {
  const height = document.documentElement.clientHeight;
  if (step === 1) {
    const i = quotes.findIndex((q) => q.range.getBoundingClientRect().bottom > 0);
    return i >= 0 ? i : 0;
  }
  const i = quotes.findLastIndex((q) => q.range.getBoundingClientRect().top < height);
  return i >= 0 ? i : quotes.length - 1;
}

/** An element holding the article's highlighted text: the background its highlights are seen on. */
function textElement(model: PageModel): Element | null {
  return (model.quotes[0] ?? model.officials[0])?.range.startContainer.parentElement ?? null;
}

function quoteSummary(t: QuoteTarget, noted: boolean): QuoteSummary {
  const { text, speaker, speakerKind, role } = t.quote;
  return { id: t.id, text, speaker, speakerKind, role, noted };
}
