// What the content script tells the popup about the current page.
import type { SpeakerKind } from '@/engine/types';
import type { Note } from '@/storage/types';

export interface QuoteSummary {
  id: string;
  text: string;
  speaker: string | null;
  speakerKind: SpeakerKind;
  role: string | null;
  /** The reader has a note on this quote. */
  noted: boolean;
}

export interface PersonSummary {
  name: string;
  role: string | null;
  official: boolean;
  quoteCount: number;
}

export interface NoteSummary {
  note: Note;
  /** The quote the note re-attached to on this page, or null when its quote is gone (detached). */
  quoteId: string | null;
}

export interface PageSummary {
  url: string;
  title: string;
  /** False when the page is not an article: the extension then leaves it untouched. */
  isArticle: boolean;
  quotes: QuoteSummary[];
  people: PersonSummary[];
  notes: NoteSummary[];
}

export interface PageStatus {
  url: string;
  /** The first annotation is done: highlights painted, notes attached, clicks answered. */
  ready: boolean;
  /** False while Sourcelight is off for the page's site or paused. */
  active: boolean;
  /** performance.now() of the content script's start and of the first paint (null until painted). */
  startedAt: number;
  paintedAt: number | null;
  /** How many annotations of the page have finished (the first, then one per change of the page or its URL). */
  annotations: number;
}
