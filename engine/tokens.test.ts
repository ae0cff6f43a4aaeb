import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERIOD_ABBREVIATIONS } from './lexicon';
import { isCapitalised, isSentenceEnd, startsLowercase, tokenize } from './tokens';

/** The tokenizer's definition, as a regex (too slow to compile on a page's first run, fine as an oracle). */
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const KEEPS_PERIOD = (word: string) => /^\p{Lu}$/u.test(word) || PERIOD_ABBREVIATIONS.has(word) || PERIOD_ABBREVIATIONS.has(word.slice(word.lastIndexOf('-') + 1));

function reference(text: string) {
  const tokens = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let end = m.index + m[0].length;
    if (text[end] === '.' && KEEPS_PERIOD(m[0])) end++;
    tokens.push({ text: text.slice(m.index, end), start: m.index, end });
    WORD.lastIndex = end;
  }
  return tokens;
}

const pieces = fc.constantFrom('U.S.', 'A.', 'Mr.', 'Gen.', 'don’t', "rock 'n' roll", 'vice-president', '-', '—', '“', '”', '‘', '’', ' ', '\u00A0', '\u2003', '\n',
  '.', ',', 'É.', 'Élan', 'e\u0301', '٣', '𝐀.', '𝐀.𝐁.', '😀', '\uD800', 'Ünal', 'ß', 'x', 'X', '1', 'St.', '…');

describe('tokenize', () => {
  it('splits words, keeps abbreviation periods and initials', () => {
    expect(tokenize('Mr. Smith of the U.S. said “don’t”.').map((t) => t.text)).toEqual(['Mr.', 'Smith', 'of', 'the', 'U.S.', 'said', '“', 'don’t', '”', '.']);
  });

  it('matches its regex definition on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
      expect(tokenize(text)).toEqual(reference(text));
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      expect(tokenize(text)).toEqual(reference(text));
    }), { numRuns: 2000 });
  });

  it('tells capitalised and lowercase words apart, beyond ASCII too', () => {
    expect([isCapitalised('Élan'), isCapitalised('élan'), isCapitalised(''), isCapitalised('1st')]).toEqual([true, false, false, false]);
    expect([startsLowercase('élan'), startsLowercase('Élan'), startsLowercase('ß'), startsLowercase('')]).toEqual([true, false, true, false]);
  });
});

describe('sentence ends', () => {
  const ends = (text: string) => [...text].flatMap((_, i) => (isSentenceEnd(text, i) ? [i] : []));

  it('ends sentences at . ! ? before a capital, past a closing mark', () => {
    expect(ends('It rained. Then it stopped! “Why?” He left.')).toEqual([9, 26, 32, 42]);
  });

  it('does not end them at abbreviations, initials, decimals, domains or lowercase continuations', () => {
    expect(ends('On Nov. 5 Sen. Ann Roe, D-Calif., and John M. Ford said 3.5 percent of Example.org users agree. Yes.')).toEqual([94, 99]);
  });
});
