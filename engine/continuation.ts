// Quotes without a cue of their own: they take the speaker of a cued quote in the same paragraph,
// continue the previous paragraph's quote (multi-paragraph quotations), or fall back to the person
// the paragraph right before names.
import type { BlockInfo } from './document';
import type { Speaker, SpeakerResolver } from './speakers';
import type { Steps } from './steps';
import { isSentenceEnd } from './tokens';

export interface Found {
  block: BlockInfo;
  start: number;
  end: number;
  /** The quote opens its paragraph (a continuation candidate when it has no cue). */
  leadsBlock: boolean;
  /** Too short to be speech without a cue: kept only if it shares the sentence of a quote with a speaker. */
  tentative: boolean;
  speaker: Speaker | null;
}

/** Non-caption paragraphs that may stand between a quote and its continuation. */
const MAX_GAP_BLOCKS = 3;
/** Quotes given a speaker between two yields. */
const QUOTES_PER_STEP = 10;

/** Gives each quote found without a speaker the one its paragraph or the quote it continues has, in reading order. */
export function* fillUncuedSteps(found: Found[], resolver: SpeakerResolver): Steps<void> {
  const nextCued = nextCuedInBlock(found);
  // the latest quote so far with a speaker: quotes earlier in a paragraph are filled before later ones
  let lastSpoken: Found | null = null;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    const earlier = lastSpoken?.block === f.block ? lastSpoken : null;
    if (f.tentative) f.speaker = sentenceSpeaker(f, earlier) ?? sentenceSpeaker(f, nextCued[i]);
    else if (!f.speaker) f.speaker = uncuedSpeaker(found, i, earlier ?? nextCued[i], resolver);
    if (f.speaker) lastSpoken = f;
    if (i % QUOTES_PER_STEP === QUOTES_PER_STEP - 1) yield;
  }
}

/** The speaker of uncued found[i], given the nearest quote of its paragraph that has one (earlier first). */
function uncuedSpeaker(found: Found[], i: number, sameBlock: Found | null, resolver: SpeakerResolver): Speaker | null {
  const f = found[i];
  if (sameBlock?.speaker) return { ...sameBlock.speaker, how: 'same-paragraph' };
  if (!f.leadsBlock) {
    // "Aderholt returned to the issue later in the hearing. “What launch vehicles exist today?”"
    const person = resolver.subjectOfSentenceBefore(f.block.index, f.start - 1);
    return person ? { speaker: person.name, kind: 'person', person, how: 'sentence-before' } : null;
  }
  const prev = previousQuoteNearby(found, i);
  // a paragraph in between that names somebody else hands the floor to that person
  if (prev?.speaker && !resolver.otherPersonBetween(prev.block.index, f.block.index, prev.speaker)) return { ...prev.speaker, how: 'continuation' };
  // no quote to continue: only the person the paragraph right before is about (a guess beyond that)
  const person = resolver.previousPerson(f.block.index, f.start, () => true, 1);
  return person ? { speaker: person.name, kind: 'person', person, how: 'implicit' } : null;
}

/**
 * For each quote, the next quote of its paragraph with a cued speaker, in one backward pass (a scan
 * per quote would be quadratic in a paragraph of many quotes). Later quotes are still unfilled when
 * an earlier one looks ahead, so their cues are all it can see.
 */
function nextCuedInBlock(found: Found[]): (Found | null)[] {
  const next: (Found | null)[] = found.map(() => null);
  for (let i = found.length - 2; i >= 0; i--) {
    const after = found[i + 1];
    if (after.block === found[i].block) next[i] = after.speaker ? after : next[i + 1];
  }
  return next;
}

/** The last quote before found[i] when no more than two paragraphs separate them. */
function previousQuoteNearby(found: Found[], i: number): Found | null {
  let k = i - 1;
  while (k >= 0 && found[k].tentative && !found[k].speaker) k--; // dropped: no quote at all
  const prev = found[k];
  if (!prev) return null;
  return prev.block.index >= found[i].block.index - MAX_GAP_BLOCKS ? prev : null;
}

/** "insists the plan was “reckless” and “cruel.”": a short quote takes the speaker of a quote in its sentence, and only that. */
function sentenceSpeaker(f: Found, other: Found | null): Speaker | null {
  return other?.speaker && sameSentence(f, other) ? { ...other.speaker, how: 'same-sentence' } : null;
}

/** Whether two quotes of one paragraph stand in one sentence: no sentence ends between them. */
function sameSentence(a: Found, b: Found): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  // from the first quote's last character on: “… cruel.” The next … ends a sentence inside the marks
  for (let i = first.end - 1; i < second.start - 1; i++) if (isSentenceEnd(a.block.text, i)) return false;
  return true;
}
