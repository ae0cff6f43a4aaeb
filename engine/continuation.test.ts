import { describe, expect, it } from 'vitest';
import { fillUncuedSteps, type Found } from './continuation';
import { finish } from './steps';
import type { BlockInfo } from './document';
import type { Speaker, SpeakerResolver } from './speakers';
import { speakersOf, countingReads } from './testing';

const speaker = (name: string): Speaker => ({ speaker: name, kind: 'person', person: null, how: 'said-after' });
/** A resolver that knows nobody: only the paragraph's own cued quotes can give a speaker. */
const nobody = { previousPerson: () => null, otherPersonBetween: () => true, subjectOfSentenceBefore: () => null } as unknown as SpeakerResolver;
const quote = (block: BlockInfo, i: number, s: Speaker | null): Found => ({ block, start: i * 10, end: i * 10 + 5, leadsBlock: false, speaker: s, tentative: false });

describe('uncued quotes', () => {
  it('take the speaker of the nearest cued quote in their paragraph, an earlier one first', () => {
    const s = speakersOf([
      'Ana Ruiz runs the ferry. “We sail at dawn.” “The tide decides,” she said. “And nobody argues with it.”',
      '“We will hold the boat for the last passengers from the train.” “We cannot wait longer than an hour,” Tom Berger said.',
    ].join('\n'));
    expect(s['We sail at dawn.']).toBe('Ana Ruiz');
    expect(s['And nobody argues with it.']).toBe('Ana Ruiz');
    expect(s['We will hold the boat for the last passengers from the train.']).toBe('Tom Berger');
  });

  it('reads each quote a bounded number of times in a paragraph of many uncued quotes', () => {
    const block = {} as BlockInfo;
    const n = 5_000;
    // none has a speaker, so a scan of the paragraph for each quote would read ~n² quotes
    const silent = Array.from({ length: n }, (_, i) => quote(block, i, null));
    const walk = countingReads(silent);
    finish(fillUncuedSteps(walk.items, nobody));
    expect(silent.every((f) => f.speaker === null)).toBe(true);
    expect(walk.reads()).toBeLessThan(10 * n);
    const cuedLast = Array.from({ length: n }, (_, i) => quote(block, i, i === n - 1 ? speaker('Tom Berger') : null));
    finish(fillUncuedSteps(cuedLast, nobody));
    expect(cuedLast.every((f) => f.speaker?.speaker === 'Tom Berger')).toBe(true);
  });
});

describe('short partial quotes in reported speech', () => {
  it('keep a few uncued words that share a cued quote’s sentence, with its speaker', () => {
    const s = speakersOf('Dana Reyes insists the plan was “reckless” and “cruel.” The outages have been “terribly disruptive” and, for now, “we won’t roll the dice on public safety,” company CEO Andy Vesey said.');
    expect(s['reckless']).toBe('Dana Reyes');
    expect(s['cruel.']).toBe('Dana Reyes');
    expect(s['terribly disruptive']).toBe('Andy Vesey');
  });

  it('drop a few uncued words in a sentence of their own', () => {
    const s = speakersOf('“We will fight this in every court we can,” Dana Reyes said. The ruling was “odd.”');
    expect(Object.keys(s)).toEqual(['We will fight this in every court we can,']);
  });
});

describe('a quote after a sentence about somebody', () => {
  it('takes the person who opens the sentence right before it in its paragraph', () => {
    const s = speakersOf('Rep. Robert Aderholt chairs the panel.\nAderholt returned to the issue later in the hearing. “What launch vehicles exist today that can get us there?”');
    expect(s['What launch vehicles exist today that can get us there?']).toBe('Robert Aderholt');
  });

  it('not when that person only owns the subject', () => {
    const s = speakersOf('Swift’s rep told Fox News that this was not the whole truth. “Big Machine is trying to deflect and make this about money.”');
    expect(s['Big Machine is trying to deflect and make this about money.']).toBeNull();
  });
});
