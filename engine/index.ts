// The attribution engine: blocks in, quotes with speakers and the article's people out.
// Pure and deterministic: no DOM, no browser API, no network.
import { fillUncuedSteps, type Found } from './continuation';
import { findCue } from './cues';
import { prepareSteps } from './document';
import { toOriginal, visibleSlice } from './normalize';
import { collectPeopleSteps, type PersonEntity } from './people';
import { isSpeech } from './speech';
import { SpeakerResolver } from './speakers';
import { finish, StepMeter, type Steps } from './steps';
import type { Analysis, Block, Person, Quote } from './types';

export { blocksFromText } from './blocks';
export type { Steps } from './steps';
export type * from './types';

/** Quotes examined between two yields (cue search and speech test per quote are bounded work). */
const STEP_QUOTES = 10;

/** Analyses the article in one go. */
export function analyze(blocks: Block[]): Analysis {
  return finish(analyzeSteps(blocks));
}

/** The same analysis as a generator that yields after each small unit of work, for callers that must not block. */
export function* analyzeSteps(blocks: Block[]): Steps<Analysis> {
  if (!Array.isArray(blocks) || blocks.length === 0) return { quotes: [], people: [] };
  const infos = yield* prepareSteps(blocks);
  const people = yield* collectPeopleSteps(infos);
  const resolver = new SpeakerResolver(infos, people);

  const meter = new StepMeter(STEP_QUOTES);
  const found: Found[] = [];
  for (const b of infos) {
    const leading = leadingSpaces(b.text);
    for (const q of b.quotes) {
      const cue = findCue(b, q, infos);
      // a few words without a cue of their own are speech only if they share a cued quote's sentence
      const tentative = !cue && !isSpeech(b, q, false);
      if (!isSpeech(b, q, true)) continue;
      const speaker = cue ? { ...resolver.resolve(cue.subject, cue.block), how: cue.how + (cue.subject.kind === 'pronoun' ? '-pronoun' : '') } : null;
      found.push({ block: b, start: q.start, end: q.end, leadsBlock: q.start - 1 <= leading, speaker, tentative });
      if (meter.spend(1)) yield;
    }
    if (meter.spend(1)) yield;
  }
  yield* fillUncuedSteps(found, resolver);

  const quotes: Quote[] = [];
  for (const f of found) {
    if (f.tentative && !f.speaker) continue;
    const r = toOriginal(f.block.clean, f.start, f.end);
    const s = f.speaker;
    quotes.push({
      block: f.block.index,
      start: r.start,
      end: r.end,
      text: visibleSlice(f.block.original, f.block.clean, f.start, f.end),
      speaker: s?.speaker ?? null,
      speakerKind: s?.kind ?? 'unknown',
      role: s?.person?.role ?? null,
      cue: s?.how ?? 'none',
    });
    if (meter.spend(1)) yield;
  }
  return { quotes, people: people.entities.map(toPerson) };
}

/** Length of the run of whitespace that opens `text`. */
function leadingSpaces(text: string): number {
  return text.length - text.trimStart().length;
}

function toPerson(e: PersonEntity): Person {
  return { name: e.name, role: e.role, official: e.official, mentions: e.mentions };
}
