import { describe, expect, it } from 'vitest';
import { speakersOf } from './testing';

describe('speech vs other quoted text', () => {
  it('keeps a partial quote inside reported speech', () => {
    const s = speakersOf('During a visit to U.S. Central Command in Tampa, Florida, on Thursday, Secretary of Defense Pete Hegseth said there is “no shortage of American will” to sustain Operation Epic Fury.');
    expect(s).toEqual({ 'no shortage of American will': 'Pete Hegseth' });
  });

  it('keeps a one-word quote when a speech verb governs it', () => {
    expect(speakersOf('Mr Obama said it was “distressing” that the laws had not passed.')).toEqual({ distressing: 'Obama' });
  });

  it('drops operation names, titles and terms', () => {
    expect(speakersOf('Pete Hegseth took shots at the press while the names of four of the six American troops killed in “Operation Epic Fury" were released.')).toEqual({});
    expect(speakersOf('Rothman revisited a masterwork on chaos titled “Deterministic Nonperiodic Flow.”')).toEqual({});
    expect(speakersOf('The store put up a sign: “First of the Season Fresh Alaskan Halibut”')).toEqual({});
    expect(speakersOf('Hamilton, who popularized the term “software engineering,” later led the team.')).toEqual({});
    expect(speakersOf('It was a so-called “hero” moment for the drivers.')).toEqual({});
  });

  it('drops a short scare quote with no speech verb in its sentence', () => {
    expect(speakersOf('Winter makes “freeze-thaw” cycles worse for old pipes.')).toEqual({});
  });

  it('ignores quotes in headings', () => {
    expect(speakersOf('‘Unprecedented’ strandings')).toEqual({});
  });

  it('drops nicknames after a naming verb, even with an object and a trailing comma', () => {
    expect(speakersOf('Residents have nicknamed the new bypass the “Road to Nowhere,” and the council has promised to review the costs.')).toEqual({});
    expect(speakersOf('Fans dubbed him “the quiet assassin” after the final.')).toEqual({});
    expect(speakersOf('She joined a group called “Parents for Safer Streets” last year.')).toEqual({});
  });

  it('does not mistake words ending in a naming word for one ("design", "spread")', () => {
    expect(speakersOf('The Coastal Authority said in a statement that the design “meets every safety requirement.”')).toEqual({ 'meets every safety requirement.': 'Coastal Authority' });
  });

  it('keeps a one-word quote governed by "speak"', () => {
    expect(speakersOf('Governor Nadia Perez arrives on Monday. She will speak “frankly” about the budget gap.')).toEqual({ frankly: 'Nadia Perez' });
  });

  it('drops a title-case title even when it ends with a period, but keeps speech that mentions one', () => {
    expect(speakersOf('The band closed the night with “Running Down the Long Road.”')).toEqual({});
    expect(speakersOf('“We grew up on it. It’s ‘Songs From the Harbour,’” Ms. Alvarez said.')).toEqual({ 'We grew up on it. It’s ‘Songs From the Harbour,’': 'Alvarez' });
  });

  it('drops names after "known as" and "referred to as", but not speech after a long object', () => {
    expect(speakersOf('The stretch of coast, known as “the Graveyard of Ships,” claimed four vessels last year.')).toEqual({});
    expect(speakersOf('Locals have referred to the empty lot as “the crater” ever since.')).toEqual({});
    expect(speakersOf('Dockworkers renamed the old crane after a retired captain who told them “never trust the tide tables” before he left.')).toEqual({ 'never trust the tide tables': null });
  });

  it('counts each part of a hyphenated compound as a word', () => {
    expect(speakersOf('Inspectors found the pier “structurally un-sound” on Tuesday.')).toEqual({});
    expect(speakersOf('A notice at the ferry office read simply: closed. Passengers waited for hours, “long-delayed and half-frozen.”')).toEqual({ 'long-delayed and half-frozen.': null });
  });
});


describe('quoted names of things', () => {
  it('takes a quote standing before a noun such as campaign or policy for a name', () => {
    expect(speakersOf('South Dakota’s viral “Meth. We’re on it.” campaign has drawn mockery, Julie Graham said.')).toEqual({});
  });
});
