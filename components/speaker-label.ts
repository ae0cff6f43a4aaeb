import type { SpeakerKind } from '@/engine/types';

/** How a speaker is named to the reader; unnamed sources are said to be unnamed, never guessed. */
export function speakerLabel(speaker: string | null, kind: SpeakerKind): string {
  if (speaker) return speaker;
  return kind === 'anonymous' ? 'Unnamed source' : 'Speaker not identified';
}
