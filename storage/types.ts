// Plain data stored by Sourcelight. Everything here is structured-clone safe, so it can
// cross the extension's message boundary unchanged.
import type { SpeakerKind } from '../engine/types';
import type { NamelessKind } from '../utils/speaker-label';

/**
 * Where a note sits on its page: a W3C TextQuoteSelector (exact + context) plus a
 * TextPositionSelector hint. `start`/`end` are UTF-16 offsets (what the DOM and JS strings
 * use); `codePointStart`/`codePointEnd` are the same range in Unicode code points, as the
 * W3C Web Annotation model requires. Both are recorded at capture time because converting
 * later would need the full page text, which is not stored.
 */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  codePointStart: number;
  codePointEnd: number;
  /**
   * The same quote in the whole document's text (document.body's textContent, the text other
   * annotation tools such as the Hypothesis client count in), for the W3C export: positions in
   * code points. Absent on notes taken before it was recorded.
   */
  document?: DocumentQuote;
}

/** A quote as W3C selectors on the whole document's text: context as found there, positions in code points. */
export interface DocumentQuote {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface Note {
  /** UUID string; stable across export/import so re-importing never duplicates. */
  id: string;
  /** Normalised page URL (see normalizePageUrl); foreign key into `pages`. */
  pageUrl: string;
  selector: QuoteSelector;
  speaker: string | null;
  /**
   * What the engine made of the speaker when the note was taken: a named person or organisation,
   * an unnamed source, or not attributed. Absent on notes taken before it was recorded.
   */
  speakerKind?: SpeakerKind;
  /** The speaker's role as the article gave it when the note was taken. */
  role: string | null;
  body: string;
  tags: string[];
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
}

export interface Page {
  /** Normalised canonical URL: the primary key. */
  url: string;
  title: string;
  /** Host without www./amp. prefix, e.g. "bbc.co.uk". */
  site: string;
  firstVisit: number;
  lastVisit: number;
}

/** What a caller passes to saveNote: a note without bookkeeping fields (id present = update). */
export type NoteDraft = Omit<Note, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

export interface NoteFilter {
  /** Case- and accent-insensitive search over body, quote and speaker. */
  text?: string;
  site?: string;
  speaker?: string;
  /** Only notes without a named speaker, of this kind (see utils/speaker-label). */
  nameless?: NamelessKind;
  tag?: string;
  /** Default 'newest' (by updatedAt). */
  order?: 'newest' | 'oldest';
  limit?: number;
}
