// The note on one quote as its card stores it. Every input is kept as a draft in extension storage
// at once, then sent to the background (at most one save in flight; the latest text follows it).
// The id is chosen here before the first save, so a save that is retried, or flushed again from
// the draft, never makes a second note. An emptied field stores nothing (the note keeps its text):
// a note goes only by Delete, which can be undone.
import type { Note } from '@/storage/types';
import type { QuoteAnchor, SaveStatus } from '@/utils/card';
import { draftKey, readDraft, removeDraft, writeDraft, type PendingNote } from '@/utils/drafts';
import { askBackground } from '@/utils/messages';

export interface QuoteNoteEvents {
  status(status: SaveStatus): void;
  /** The background stored a new text (or deleted the note). */
  stored(): void;
}

export class QuoteNote {
  private readonly key: string;
  private id: string;
  private tags: string[];
  /** The text the background last confirmed. */
  private stored: string;
  private latest: string;
  /** The save in flight, if any. */
  private sending: Promise<void> | null = null;

  private constructor(
    private readonly anchor: QuoteAnchor,
    note: Note | null,
    draft: PendingNote | undefined,
    private readonly on: QuoteNoteEvents,
  ) {
    this.key = draftKey(anchor);
    this.id = note?.id ?? draft?.id ?? crypto.randomUUID();
    this.tags = note?.tags ?? draft?.tags ?? [];
    this.stored = note?.body ?? '';
    // A draft older than the note was typed before text another card has stored since.
    const fresh = draft && (!note || draft.typedAt > note.updatedAt);
    this.latest = fresh ? draft.body : this.stored;
  }

  /** The quote's note, with the draft a previous card left unsaved (which it then saves). */
  static async open(anchor: QuoteAnchor, note: Note | null, on: QuoteNoteEvents): Promise<QuoteNote> {
    const draft = await readDraft(draftKey(anchor)).catch(() => undefined);
    const quoteNote = new QuoteNote(anchor, note, draft, on);
    if (quoteNote.latest !== quoteNote.stored) quoteNote.send();
    return quoteNote;
  }

  get body(): string {
    return this.latest;
  }

  /** Whether there is a note to delete: stored, or being typed. */
  get exists(): boolean {
    return this.stored !== '' || this.latest.trim() !== '';
  }

  edit(body: string): void {
    this.latest = body;
    if (body.trim() === '') return this.on.status({ kind: 'empty', stored: this.stored !== '' });
    void writeDraft(this.key, { ...this.pending(body), typedAt: Date.now() }).catch(() => undefined);
    this.send();
  }

  /** Deletes the note (after the save in flight), and answers it as it was, for undo. */
  async delete(): Promise<Note | null> {
    this.latest = '';
    await this.sending;
    await removeDraft(this.key).catch(() => undefined);
    const deleted = await askBackground('notes:delete', { id: this.id });
    this.stored = '';
    this.on.stored();
    this.on.status({ kind: 'deleted', note: deleted });
    return deleted;
  }

  /** Puts a deleted note back as it was: its text, its tags, its dates. */
  async restore(note: Note): Promise<void> {
    await askBackground('notes:restore', note);
    this.id = note.id;
    this.tags = note.tags;
    this.stored = this.latest = note.body;
    this.on.stored();
    this.on.status({ kind: 'saved' });
  }

  private pending(body: string) {
    return { ...this.anchor, id: this.id, body, tags: this.tags };
  }

  private send(): void {
    if (this.sending) return; // the running save sends the latest text when it is done
    if (this.latest.trim() === '') return; // emptied, or deleted, since
    if (this.latest === this.stored) return this.on.status({ kind: 'saved' });
    const body = this.latest;
    this.on.status({ kind: 'saving' });
    this.sending = this.store(body).then(
      () => {
        this.sending = null;
        this.stored = body;
        // Issued after every write of older text; a newer keystroke writes its draft after this.
        if (this.latest === body) void removeDraft(this.key).catch(() => undefined);
        this.on.stored();
        this.send();
      },
      (err: unknown) => {
        this.sending = null;
        // The draft stays: the text is saved on the next input, the next card on this quote or the next load.
        this.on.status({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
      },
    );
  }

  private async store(body: string): Promise<void> {
    // The background may answer with the note another tab made on this quote first.
    this.id = (await askBackground('notes:save', this.pending(body))).id;
  }
}
