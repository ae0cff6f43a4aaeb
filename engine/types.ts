// The engine's contract. Everything here is plain data: no DOM, no browser API.

/** What kind of article block a piece of text came from. Captions are kept but treated differently. */
export type BlockKind = 'paragraph' | 'heading' | 'caption' | 'blockquote' | 'listItem';

/** One block of the article body, in reading order. `text` is as the page has it (nbsp, soft hyphens…). */
export interface Block {
  kind: BlockKind;
  text: string;
}

/** A character range [start, end) inside `blocks[block].text` (UTF-16 offsets). */
export interface Span {
  block: number;
  start: number;
  end: number;
}

/** Who stands behind a quote. */
export type SpeakerKind = 'person' | 'organisation' | 'anonymous' | 'unknown';

export interface Quote extends Span {
  /** Exactly the text inside the quotation marks (invisible characters such as soft hyphens dropped; start/end cover the original span). */
  text: string;
  /** Full name of a person, an organisation's name, or null (unnamed or undetermined source). */
  speaker: string | null;
  speakerKind: SpeakerKind;
  /** The speaker's role as the article gives it, when known. */
  role: string | null;
  /** How the attribution was made, e.g. "said-after", "continuation", "pronoun". */
  cue: string;
}

export interface Person {
  /** Canonical (most complete) name. */
  name: string;
  role: string | null;
  official: boolean;
  /** Every mention of this person in the article, including surname-only ones. */
  mentions: Span[];
}

export interface Analysis {
  quotes: Quote[];
  people: Person[];
}
