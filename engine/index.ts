// The attribution engine: blocks in, quotes with speakers and the article's people out.
// Pure and deterministic: no DOM, no browser API, no network.
import { findCue } from './cues';
import { prepareSteps, type BlockInfo } from './document';
import { toOriginal, visibleSlice } from './normalize';
import { collectPeople, type PersonEntity } from './people';
import { isSpeech } from './speech';
import { SpeakerResolver, type Speaker } from './speakers';
import { finish, StepMeter, type Steps } from './steps';
import type { Analysis, Block, Person, Quote } from './types';

export { blocksFromText } from './blocks';
export type { Steps } from './steps';
export type * from './types';

interface Found {
  block: BlockInfo;
  start: number;
  end: number;
  /** The quote opens its paragraph (a continuation candidate when it has no cue). */
  leadsBlock: boolean;
  speaker: Speaker | null;
}

/** Quotes examined between two yields (cue search and speech test per quote are bounded work). */
const STEP_QUOTES = 50;

/** Analyses the article in one go. */
export function analyze(blocks: Block[]): Analysis {
  return finish(analyzeSteps(blocks));
}

/** The same analysis as a generator that yields after each small unit of work, for callers that must not block. */
export function* analyzeSteps(blocks: Block[]): Steps<Analysis> {
  if (!Array.isArray(blocks) || blocks.length === 0) return { quotes: [], people: [] };
  const infos = yield* prepareSteps(blocks);
  const people = collectPeople(infos);
  yield;
  const resolver = new SpeakerResolver(infos, people);

  const meter = new StepMeter(STEP_QUOTES);
  const found: Found[] = [];
  for (const b of infos) {
    const leading = leadingSpaces(b.text);
    for (const q of b.quotes) {
      const cue = findCue(b, q, infos);
      if (!isSpeech(b, q, cue !== null)) continue;
      const speaker = cue ? { ...resolver.resolve(cue.subject, cue.block), how: cue.how + (cue.subject.kind === 'pronoun' ? '-pronoun' : '') } : null;
      found.push({ block: b, start: q.start, end: q.end, leadsBlock: q.start - 1 <= leading, speaker });
      if (meter.spend(1)) yield;
    }
    if (meter.spend(1)) yield;
  }
  fillUncued(found, resolver);
  yield;

  const quotes: Quote[] = found.map((f) => {
    const r = toOriginal(f.block.clean, f.start, f.end);
    const s = f.speaker;
    return {
      block: f.block.index,
      start: r.start,
      end: r.end,
      text: visibleSlice(f.block.original, f.block.clean, f.start, f.end),
      speaker: s?.speaker ?? null,
      speakerKind: s?.kind ?? 'unknown',
      role: s?.person?.role ?? null,
      cue: s?.how ?? 'none',
    };
  });
  return { quotes, people: people.entities.map(toPerson) };
}

/** Length of the run of whitespace that opens `text`. */
function leadingSpaces(text: string): number {
  return text.length - text.trimStart().length;
}

/** Quotes without a cue of their own take the speaker of a quote in the same paragraph, or continue the previous paragraph's. */
function fillUncued(found: Found[], resolver: SpeakerResolver): void {
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
    if (prev?.speaker) {
      f.speaker = { ...prev.speaker, how: 'continuation' };
      continue;
    }
    const person = resolver.previousPerson(f.block.index, f.start, () => true);
    if (person) f.speaker = { speaker: person.name, kind: 'person', person, how: 'implicit' };
  }
}

function nearestInBlock(found: Found[], i: number): Found | null {
  for (let j = i - 1; j >= 0 && found[j].block === found[i].block; j--) if (found[j].speaker) return found[j];
  for (let j = i + 1; j < found.length && found[j].block === found[i].block; j++) if (found[j].speaker) return found[j];
  return null;
}

/** The last quote before found[i] when no more than two non-caption paragraphs separate them. */
function previousQuoteNearby(found: Found[], i: number): Found | null {
  const prev = found[i - 1];
  if (!prev) return null;
  return prev.block.index >= found[i].block.index - 3 ? prev : null;
}

function toPerson(e: PersonEntity): Person {
  return { name: e.name, role: e.role, official: e.official, mentions: e.mentions };
}
