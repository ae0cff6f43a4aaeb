// Quotes without a cue of their own: they take the speaker of a cued quote in the same paragraph,
// continue the previous paragraph's quote (multi-paragraph quotations), or fall back to the person
// the paragraph right before names.
import type { BlockInfo } from './document';
import type { Speaker, SpeakerResolver } from './speakers';

export interface Found {
  block: BlockInfo;
  start: number;
  end: number;
  /** The quote opens its paragraph (a continuation candidate when it has no cue). */
  leadsBlock: boolean;
  speaker: Speaker | null;
}

/** Non-caption paragraphs that may stand between a quote and its continuation. */
const MAX_GAP_BLOCKS = 3;

export function fillUncued(found: Found[], resolver: SpeakerResolver): void {
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (f.speaker) continue;
    const sameBlock = nearestInBlock(found, i);
    if (sameBlock?.speaker) {
      f.speaker = { ...sameBlock.speaker, how: 'same-paragraph' };
      continue;
    }
    if (!f.leadsBlock) continue;
    const prev = previousQuoteNearby(found, i);
    // a paragraph in between that names somebody else hands the floor to that person
    if (prev?.speaker && !resolver.otherPersonBetween(prev.block.index, f.block.index, prev.speaker.person)) {
      f.speaker = { ...prev.speaker, how: 'continuation' };
      continue;
    }
    // no quote to continue: only the person the paragraph right before is about (a guess beyond that)
    const person = resolver.previousPerson(f.block.index, f.start, () => true, 1);
    if (person) f.speaker = { speaker: person.name, kind: 'person', person, how: 'implicit' };
  }
}

function nearestInBlock(found: Found[], i: number): Found | null {
  for (let j = i - 1; j >= 0 && found[j].block === found[i].block; j--) if (found[j].speaker) return found[j];
  for (let j = i + 1; j < found.length && found[j].block === found[i].block; j++) if (found[j].speaker) return found[j];
  return null;
}

/** The last quote before found[i] when no more than two paragraphs separate them. */
function previousQuoteNearby(found: Found[], i: number): Found | null {
  const prev = found[i - 1];
  if (!prev) return null;
  return prev.block.index >= found[i].block.index - MAX_GAP_BLOCKS ? prev : null;
}
