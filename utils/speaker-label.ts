// One vocabulary for quotes without a named speaker, everywhere a speaker is named to the reader
// (card, popup, notes page, exports): the same words as the sourcing profile's parts.
import type { SpeakerKind } from '../engine/types';

/** What a note or quote without a named speaker is: an unnamed source, not attributed, or (a note taken before kinds were recorded) not known. */
export type NamelessKind = 'anonymous' | 'unknown' | 'unrecorded';

export const NAMELESS_KINDS: readonly NamelessKind[] = ['anonymous', 'unknown', 'unrecorded'];

export const NAMELESS_LABELS: Record<NamelessKind, string> = {
  anonymous: 'Unnamed source',
  unknown: 'Not attributed',
  unrecorded: 'No speaker named',
};

export function namelessKind(kind: SpeakerKind | undefined): NamelessKind {
  return kind === 'anonymous' || kind === 'unknown' ? kind : 'unrecorded';
}

/** How a speaker is named to the reader; unnamed sources are said to be unnamed, never guessed. */
export function speakerLabel(speaker: string | null, kind: SpeakerKind | undefined): string {
  return speaker ?? NAMELESS_LABELS[namelessKind(kind)];
}
