// The reader's notes on this page: loaded from the background, re-attached to their quotes by
// their W3C selectors and speakers (the card's frame stores them). A note whose quote is gone stays, detached.
import { placeNotes } from '@/storage/anchoring';
import type { Note } from '@/storage/types';
import { askBackgroundAgain } from '@/utils/messages';
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
    const { quotes, article } = this.model;
    const spots = quotes.map((q) => ({ ...q.global, speaker: q.quote.speaker }));
    placeNotes(article.text, spots, notes).forEach((at, i) => {
      if (at === null) this.detached.push(notes[i]);
      else this.byQuote.set(quotes[at].id, notes[i]);
    });
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
