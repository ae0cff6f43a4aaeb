// What a quote card shows, and what its frame tells the content script. The card runs in an
// extension-origin frame: the page never sees its DOM, its keystrokes or the note text.
import type { SpeakerKind } from '@/engine/types';
import type { Note, QuoteSelector } from '@/storage/types';
import type { PersonSummary, QuoteSummary } from './page-summary';

/** Where a note on a quote belongs: its page, its W3C selector and the speaker as the article gave them. */
export interface QuoteAnchor {
  pageUrl: string;
  selector: QuoteSelector;
  speaker: string | null;
  speakerKind: SpeakerKind;
  role: string | null;
}

export type CardTarget =
  | { kind: 'quote'; quote: QuoteSummary; anchor: QuoteAnchor; /** The note the page shows on this quote, if any. */ noteId: string | null }
  | { kind: 'person'; person: PersonSummary };

/** Events from a card frame to the content script that placed it (relayed by the background; never note text). */
export type CardEvent =
  | { type: 'layout'; height: number }
  | { type: 'close' }
  /** A note of this page was saved or deleted: the highlights should follow. */
  | { type: 'notesChanged' };

/**
 * Where the card's note stands: "saved" only once the text shown is stored; "empty" when the field
 * was emptied (nothing stored, the note keeps its text); "deleted" with the note as it was, for undo;
 * "elsewhere" when another tab typed the text shown (that tab stores it); "outside" when the notes
 * page changed the note since (the text shown is then the notes page's).
 */
export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'empty'; stored: boolean }
  | { kind: 'deleted'; note: Note | null }
  | { kind: 'elsewhere' }
  | { kind: 'outside' }
  | { kind: 'error'; message: string };
