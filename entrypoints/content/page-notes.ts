// The reader's notes on this page: loaded from the background, re-attached to their quotes by
// their W3C selectors (the card's frame stores them). A note whose quote is gone stays, detached.
import { anchorQuote } from '@/storage/anchoring';
import type { Note } from '@/storage/types';
import { askBackgroundAgain } from '@/utils/messages';
import { overlaps } from '@/utils/article-text';
import type { NoteSummary } from '@/utils/page-summary';
import type { PageModel } from './page-model';

export class PageNotes {
  private byQuote = new Map<string, Note>();
  private detached: Note[] = [];

  constructor(
    private readonly pageUrl: string,
    private model: PageModel,
  ) {}

  async load(): Promise<void> {
    this.attach(await askBackgroundAgain('notes:forPage', { url: this.pageUrl }));
  }

  /** Re-attaches every known note to the new model of a page that changed. */
  remodel(model: PageModel): void {
    const all = [...this.byQuote.values(), ...this.detached];
    this.model = model;
    this.attach(all);
  }

  private attach(notes: Note[]): void {
    this.byQuote.clear();
    this.detached = [];
    for (const note of notes) {
      const anchor = anchorQuote(this.model.article.text, note.selector);
      const target = anchor && this.model.quotes.find((q) => !this.byQuote.has(q.id) && overlaps(q.global, anchor));
      if (target) this.byQuote.set(target.id, note);
      else this.detached.push(note);
    }
  }

  noteFor(quoteId: string): Note | undefined {
    return this.byQuote.get(quoteId);
  }

  quoteIdOf(noteId: string): string | undefined {
    for (const [quoteId, note] of this.byQuote) if (note.id === noteId) return quoteId;
    return undefined;
  }

  notedQuoteIds(): string[] {
    return [...this.byQuote.keys()];
  }

  summaries(): NoteSummary[] {
    return [
      ...[...this.byQuote].map(([quoteId, note]) => ({ note, quoteId })),
      ...this.detached.map((note) => ({ note, quoteId: null })),
    ];
  }
}
