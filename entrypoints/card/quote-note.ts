// The note on one quote as its card stores it. Every input is kept as a draft in extension storage
// and sent to the background at once.
// The id is chosen here before the first save, so a save that is retried, or flushed again from
// the draft, never makes a second note. Text typed on the same quote in another tab, or saved on the
// notes page, replaces the text shown here, saying so: the later text wins, visibly. An emptied field stores nothing (the
// note keeps its text): a note goes only by Delete, which can be undone.
import type { Note } from '@/storage/types';
import type { QuoteAnchor, SaveStatus } from '@/utils/card';
import { draftKey, readDraft, removeDraft, watchChange, watchDraft, writeDraft, type NoteText, type OutsideChange, type PendingNote } from '@/utils/drafts';
import { askBackground, BackgroundUnavailable } from '@/utils/messages';

export interface QuoteNoteEvents {
  status(status: SaveStatus): void;
  /** The text to show changed without the reader typing it here (typed in another tab). */
  text(body: string): void;
  /** The background stored a new text (or deleted the note). */
  stored(): void;
}

const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 4_000;

export class QuoteNote {
  private readonly key: string;
  /** This card, as the writer of its drafts. */
  private readonly writer = crypto.randomUUID();
  private id: string;
  /** The text the background last confirmed, or that another card on the quote is storing. */
  private settled: string;
  private latest: string;
  /** When `latest` was typed here. */
  private typedAt = 0;
  /** `latest` was typed in another card, which stores it. */
  private fromElsewhere = false;
  /** The newest note this card's saves were answered with (its updatedAt): a change older than it is already overwritten. */
  private storedAt = 0;
  /** Counts the saves sent: only the answer to the last one says where the note stands. */
  private seq = 0;
  private retryMs = FIRST_RETRY_MS;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private readonly unwatch: () => void;
  private readonly unwatchChange: () => void;

  private constructor(
    private readonly anchor: QuoteAnchor,
    note: Note | null,
    draft: PendingNote | undefined,
    private readonly on: QuoteNoteEvents,
  ) {
    this.key = draftKey(anchor);
    this.id = note?.id ?? draft?.id ?? crypto.randomUUID();
    this.settled = note?.body ?? '';
    // A draft is the text typed last on this quote (utils/drafts.ts): it wins over the stored note.
    this.latest = draft ? draft.body : this.settled;
    this.typedAt = draft?.typedAt ?? 0;
    this.unwatch = watchDraft(this.key, (typed) => typed.writer !== this.writer && this.typedElsewhere(typed));
    this.unwatchChange = watchChange(() => this.id, (change) => this.changedOutside(change));
  }

  /** The quote's note, with the draft a previous card left unsaved (which it then saves). */
  static async open(anchor: QuoteAnchor, note: Note | null, on: QuoteNoteEvents): Promise<QuoteNote> {
    const draft = await readDraft(draftKey(anchor)).catch(() => undefined);
    const quoteNote = new QuoteNote(anchor, note, draft, on);
    if (quoteNote.latest !== quoteNote.settled) quoteNote.send();
    return quoteNote;
  }

  get body(): string {
    return this.latest;
  }

  /** Whether there is a note to delete: stored, or being typed. */
  get exists(): boolean {
    return this.settled !== '' || this.latest.trim() !== '';
  }

  edit(body: string): void {
    this.latest = body;
    this.fromElsewhere = false;
    if (body.trim() === '') {
      this.seq += 1; // an answer for earlier text no longer says where the field stands
      clearTimeout(this.retry);
      return this.on.status({ kind: 'empty', stored: this.settled !== '' });
    }
    this.typedAt = Date.now();
    void writeDraft(this.key, { ...this.text(body), typedAt: this.typedAt, writer: this.writer }).catch(() => undefined);
    this.send();
  }

  /** Deletes the note (after the saves sent before: the background keeps their order), and answers it as it was, for undo. */
  async delete(): Promise<Note | null> {
    this.latest = '';
    this.seq += 1;
    clearTimeout(this.retry);
    await removeDraft(this.key).catch(() => undefined);
    const deleted = await askBackground('notes:delete', { id: this.id });
    this.settled = '';
    this.on.stored();
    this.on.status({ kind: 'deleted', note: deleted });
    return deleted;
  }

  /** Puts a deleted note back as it was: its text, its tags, its dates. */
  async restore(note: Note): Promise<void> {
    await askBackground('notes:restore', note);
    this.id = note.id;
    this.settled = this.latest = note.body;
    this.on.stored();
    this.on.status({ kind: 'saved' });
  }

  close(): void {
    this.unwatch();
    this.unwatchChange();
    clearTimeout(this.retry);
  }

  private typedElsewhere(draft: PendingNote): void {
    if (draft.body === this.latest) return;
    this.latest = draft.body;
    this.settled = draft.body;
    this.fromElsewhere = true;
    this.on.text(draft.body);
    this.send();
  }

  /** The notes page saved the note after this card's last stored text: that text is shown, and built on. */
  private changedOutside(change: OutsideChange): void {
    if (change.updatedAt <= this.storedAt) return;
    this.seq += 1; // answers to saves sent before no longer say where the note stands
    clearTimeout(this.retry);
    this.latest = this.settled = change.body;
    this.fromElsewhere = false;
    this.on.text(change.body);
    this.on.status({ kind: 'outside' });
  }

  private text(body: string): NoteText {
    return { ...this.anchor, id: this.id, body };
  }

  // Every text is sent at once, not after the save before it: a tab closed a moment after the last
  // key has then already handed that text to the background (Firefox drops what a closing frame has
  // not sent yet). The background stores a card's saves in the order they were sent.
  private send(): void {
    clearTimeout(this.retry);
    const seq = ++this.seq;
    if (this.latest.trim() === '') return; // emptied, or deleted, since
    if (this.latest === this.settled) return this.on.status({ kind: this.fromElsewhere ? 'elsewhere' : 'saved' });
    const body = this.latest;
    const typedAt = this.typedAt;
    this.on.status({ kind: 'saving' });
    askBackground('notes:saveText', this.text(body)).then(
      (note) => {
        // The background may answer with the note another tab made on this quote first.
        if (note) {
          this.id = note.id;
          this.storedAt = Math.max(this.storedAt, note.updatedAt);
        }
        if (seq !== this.seq) return; // a newer text was sent after this one: its answer counts
        this.retryMs = FIRST_RETRY_MS;
        this.settled = body;
        void this.removeOwnDraft(body, typedAt);
        this.on.stored();
        this.on.status({ kind: this.fromElsewhere ? 'elsewhere' : 'saved' });
      },
      (err: unknown) => {
        if (seq !== this.seq) return;
        // The draft stays, so the text is safe; a background that was stopped or is restarting is asked again.
        if (err instanceof BackgroundUnavailable) {
          this.on.status({ kind: 'error', message: 'Sourcelight is restarting; trying again. Your text is kept on this device.' });
          this.retry = setTimeout(() => this.send(), this.retryMs);
          this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
        } else {
          this.on.status({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
        }
      },
    );
  }

  /**
   * Removes the draft of the text just stored, unless a newer one replaced it: typed here since
   * (the check runs after the read, and this card's later writes are issued after the removal) or in another card.
   * A draft a previous card left is removed the same way once this card has stored it.
   */
  private async removeOwnDraft(body: string, typedAt: number): Promise<void> {
    const draft = await readDraft(this.key).catch(() => undefined);
    if (draft?.typedAt === typedAt && draft.body === body && this.latest === body) await removeDraft(this.key).catch(() => undefined);
  }
}
